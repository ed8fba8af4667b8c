#pragma once

#include "domain/actor.h"
#include "domain/hybridlogicalclock.h"
#include "services/corecontext.h"
#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

// A fresh, migrated SQLite database in a temporary folder with one company (EUR, Europe/Berlin),
// one store with its FLOOR and BACK locations, and an admin actor for that company. Tests build the
// rest with the services or plain SQL.
class TestFixture
{
public:
    TestFixture();
    ~TestFixture();

    [[nodiscard]] bool isValid() const { return m_valid; }
    [[nodiscard]] const QString &errorString() const { return m_error; }
    [[nodiscard]] QString path() const { return m_dir.filePath(QStringLiteral("kassa.db")); }
    [[nodiscard]] QString filePath(const QString &name) const { return m_dir.filePath(name); }

    kassa::Database &database() { return *m_database; }
    kassa::CoreContext &context() { return m_context; }

    // A product with one variant (and the barcode, if given) in the fixture's company; returns the variant id.
    QString addVariant(const QString &sku, qint64 price, const QString &barcode = {});
    // An actor of the fixture's company with the given role (shop-bound roles get the fixture's shop).
    [[nodiscard]] kassa::Actor actor(kassa::Role role) const;
    // Count of rows in a table, for "nothing was written" checks.
    qint64 rowCount(const QString &table);

    QString companyId;
    QString shopId;
    QString floorLocationId;
    QString backLocationId;
    QString taxCategoryId;
    kassa::Actor admin;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<kassa::Database> m_database;
    kassa::HybridLogicalClock m_clock;
    kassa::CoreContext m_context;
    bool m_valid = false;
    QString m_error;
};
