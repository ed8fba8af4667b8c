#pragma once

#include "domain/actor.h"
#include "domain/hybridlogicalclock.h"
#include "services/corecontext.h"
#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

// A fresh, migrated database with one company (EUR, Europe/Berlin), one store with its FLOOR and
// BACK locations, and an admin actor for that company. Tests build the rest with the services or
// plain SQL. The database is an SQLite file in a temporary folder, or, when the environment has
// KASSA_TEST_POSTGRES_URL (set by the ctest fixture postgres_cluster for the *_postgres tests), a
// new database on that PostgreSQL server, dropped again when the fixture goes.
class TestFixture
{
public:
    TestFixture();
    ~TestFixture();

    [[nodiscard]] bool isValid() const { return m_valid; }
    [[nodiscard]] const QString &errorString() const { return m_error; }
    // Where the database is, as kassactl's --database takes it: the SQLite file, or the
    // postgres:// URL of the fixture's own database on PostgreSQL.
    [[nodiscard]] QString path() const { return m_postgresUrl.isEmpty() ? m_dir.filePath(QStringLiteral("kassa.db")) : m_postgresUrl; }
    [[nodiscard]] QString filePath(const QString &name) const { return m_dir.filePath(name); }
    [[nodiscard]] bool isPostgres() const { return !m_postgresUrl.isEmpty(); }

    kassa::Database &database() { return *m_database; }
    kassa::CoreContext &context() { return m_context; }

    // A product with one variant (and the barcode, if given) in the fixture's company; returns the variant id.
    QString addVariant(const QString &sku, qint64 price, const QString &barcode = {});
    // An actor of the fixture's company with the given role (shop-bound roles get the fixture's shop).
    [[nodiscard]] kassa::Actor actor(kassa::Role role) const;
    // Count of rows in a table, for "nothing was written" checks.
    qint64 rowCount(const QString &table);

    // The PostgreSQL server the *_postgres tests run against (KASSA_TEST_POSTGRES_URL), or empty.
    static QString postgresServerUrl();
    // Creates an empty database with a unique name on that server; returns its URL (empty and
    // `error` set on failure). dropPostgresDatabase() removes it, closing what still uses it.
    static QString createPostgresDatabase(const QString &serverUrl, QString *error);
    static bool dropPostgresDatabase(const QString &databaseUrl, QString *error);

    QString companyId;
    QString shopId;
    QString floorLocationId;
    QString backLocationId;
    QString taxCategoryId;
    kassa::Actor admin;

private:
    QTemporaryDir m_dir;
    QString m_postgresUrl;
    std::unique_ptr<kassa::Database> m_database;
    kassa::HybridLogicalClock m_clock;
    kassa::CoreContext m_context;
    bool m_valid = false;
    QString m_error;
};
