#pragma once

#include "csv.h"
#include "domain/actor.h"
#include "importreport.h"
#include "services/corecontext.h"

namespace kassa {

// Customers CSV, upserted by e-mail address, else by phone number.
//
//   name, email, phone, consent_marketing, consent_email_receipts, note
//
// The file needs an email or a phone column; every row needs an email or a phone. A row with an
// email matches the customer with that address (stored lower-case); a row without one matches by
// the phone number exactly as written. No match creates a customer. An address or phone that
// matches several customers is an error, and so is the same one twice in the file.
// * name, note — free text.
// * email — an e-mail address; phone — digits, spaces and + ( ) - . / only.
// * consent_marketing, consent_email_receipts — true/false, 1/0, yes/no; empty is false. Giving
//   marketing consent records when (consent_marketing_at); withdrawing it clears that.
//
// A column the file does not have leaves that field of an existing customer alone; an empty cell
// empties it. Each created or changed customer gets an audit row and a `customer.upserted`
// outbox entry.
QList<CsvColumn> customerImportColumns();
ImportReport importCustomers(CoreContext &context, const Actor &actor, const QString &companyId, const CsvTable &table, const ImportOptions &options);

} // namespace kassa
