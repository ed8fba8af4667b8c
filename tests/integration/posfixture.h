#pragma once

// A till on top of TestFixture's shop, for the POS tests: a cashier (shop staff, 10 % discount
// limit) and a manager with PINs, a warehouse clerk who may not sell, items with stock on the shop
// floor, and helpers to open a shift and build carts.

#include "testfixture.h"

#include "domain/uuid7.h"
#include "sales/saledraft.h"
#include "sales/shiftservice.h"
#include "services/stockservice.h"
#include "services/userservice.h"

#include <QSqlError>
#include <QSqlQuery>

class PosFixture : public TestFixture
{
public:
    static constexpr int kCashierDiscountLimit = 1000; // 10 %

    PosFixture()
    {
        if (!isValid()) {
            return;
        }
        kassa::UserService users(context());
        const auto create = [&](kassa::Role role, const QString &name, const QString &pin, int limit, kassa::Actor *actor) {
            kassa::UserDraft draft;
            draft.companyId = companyId;
            draft.shopId = kassa::reachOf(role) == kassa::RoleReach::Shop ? shopId : QString();
            draft.email = name.toLower() + QStringLiteral("@example.com");
            draft.name = name;
            draft.role = role;
            draft.password = QStringLiteral("correct horse battery");
            draft.pin = pin;
            draft.discountLimitBasisPoints = limit;
            QString error;
            const QString id = users.createUser(admin, draft, &error, true);
            if (id.isEmpty()) {
                m_setupError = error;
                return;
            }
            actor->userId = id;
            actor->companyId = companyId;
            actor->shopId = draft.shopId;
            actor->role = role;
            actor->deviceId = context().deviceId;
        };
        create(kassa::Role::ShopStaff, QStringLiteral("Cashier"), kCashierPin, kCashierDiscountLimit, &cashier);
        create(kassa::Role::ShopManager, QStringLiteral("Manager"), kManagerPin, 2000, &manager);
        create(kassa::Role::ShopStaff, QStringLiteral("Colleague"), kColleaguePin, kCashierDiscountLimit, &colleague);
        create(kassa::Role::WarehouseStaff, QStringLiteral("Clerk"), QString(), 0, &clerk);
        QSqlQuery query(database().connection());
        reducedTaxId = kassa::newId();
        query.prepare(QStringLiteral("INSERT INTO tax_categories (id, company_id, name, rate_bp) VALUES (?, ?, 'Reduced', 700)"));
        query.addBindValue(reducedTaxId);
        query.addBindValue(companyId);
        if (!query.exec()) {
            m_setupError = query.lastError().text();
        }
    }

    [[nodiscard]] bool ready() const { return isValid() && m_setupError.isEmpty(); }
    [[nodiscard]] QString problem() const { return isValid() ? m_setupError : errorString(); }

    // An item sold in the fixture's shop at `price` per `pricingUnit` of `unit`, taxed at 19 % or
    // 7 %, with `stock` on the shop floor.
    QString item(const QString &sku, qint64 price, int rateBasisPoints = 1900, qint64 pricingUnit = 1, const QString &unit = QStringLiteral("piece"),
        qint64 stock = 1000, const QString &barcode = {})
    {
        const QString variantId = addVariant(sku, price, barcode);
        QSqlQuery query(database().connection());
        query.prepare(QStringLiteral("UPDATE variants SET pricing_unit = ?, unit = ?, cost = ? WHERE id = ?"));
        query.addBindValue(pricingUnit);
        query.addBindValue(unit);
        query.addBindValue(price / 2);
        query.addBindValue(variantId);
        query.exec();
        if (rateBasisPoints == 700) {
            query.prepare(QStringLiteral("UPDATE products SET tax_category_id = ? WHERE id = (SELECT product_id FROM variants WHERE id = ?)"));
            query.addBindValue(reducedTaxId);
            query.addBindValue(variantId);
            query.exec();
        }
        if (stock > 0) {
            kassa::StockMovement receipt;
            receipt.locationId = floorLocationId;
            receipt.variantId = variantId;
            receipt.quantityDelta = stock;
            receipt.reason = kassa::StockReason::Receipt;
            QString error;
            if (!kassa::StockService(context()).postMovements(admin, { receipt }, &error)) {
                qWarning("stock receipt failed: %s", qPrintable(error));
            }
        }
        return variantId;
    }

    bool openShift(qint64 openingFloat = 10000, const kassa::Actor *who = nullptr)
    {
        kassa::ShiftRecord shift;
        kassa::ServiceError error;
        if (!kassa::ShiftService(context()).open(who ? *who : cashier, {}, openingFloat, &shift, &error)) {
            qWarning("opening the shift failed: %s", qPrintable(error.message));
            return false;
        }
        shiftId = shift.id;
        return true;
    }

    static kassa::DraftLine line(const QString &variantId, qint64 quantity = 1, qint64 lineDiscount = 0)
    {
        kassa::DraftLine result;
        result.variantId = variantId;
        result.quantity = quantity;
        result.lineDiscount = lineDiscount;
        return result;
    }

    static kassa::SaleDraft cart(const QList<kassa::DraftLine> &lines, const QList<kassa::TenderInput> &tenders = {}, qint64 cartDiscount = 0)
    {
        kassa::SaleDraft draft = kassa::SaleDraft::create();
        draft.lines = lines;
        draft.tenders = tenders;
        draft.cartDiscount = cartDiscount;
        return draft;
    }

    static kassa::TenderInput cash(qint64 amount) { return { kassa::TenderKind::Cash, amount, QString() }; }
    static kassa::TenderInput card(qint64 amount, const QString &reference = QStringLiteral("VISA 4242 auth 0815"))
    {
        return { kassa::TenderKind::Card, amount, reference };
    }

    QString customer(const QString &name)
    {
        const QString id = kassa::newId();
        QSqlQuery query(database().connection());
        query.prepare(QStringLiteral("INSERT INTO customers (id, company_id, name, created_at, updated_at) VALUES (?, ?, ?, 0, 0)"));
        query.addBindValue(id);
        query.addBindValue(companyId);
        query.addBindValue(name);
        return query.exec() ? id : QString();
    }

    // What the shop floor holds of a variant.
    qint64 onHand(const QString &variantId)
    {
        QSqlQuery query(database().connection());
        query.prepare(QStringLiteral("SELECT on_hand FROM stock_levels WHERE location_id = ? AND variant_id = ?"));
        query.addBindValue(floorLocationId);
        query.addBindValue(variantId);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }

    qint64 scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(database().connection());
        query.prepare(sql);
        for (const QVariant &value : values) {
            query.addBindValue(value);
        }
        if (!query.exec() || !query.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return -1;
        }
        return query.value(0).toLongLong();
    }

    kassa::Actor cashier;
    kassa::Actor manager;
    kassa::Actor colleague;
    kassa::Actor clerk;
    QString reducedTaxId;
    QString shiftId;
    static inline const QString kCashierPin = QStringLiteral("2468");
    static inline const QString kManagerPin = QStringLiteral("4711");
    static inline const QString kColleaguePin = QStringLiteral("1357");

private:
    QString m_setupError;
};
