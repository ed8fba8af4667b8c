// checkout_race: 64 customers check out at the same moment, each wanting one of the last 10 units
// of a variant. Exactly 10 orders may be placed and nothing may be oversold. Measured on SQLite
// behind one kassa-server, and on PostgreSQL behind two kassa-server processes that share the
// database (customers fill their carts at one server and check out at the other).
//
// Every customer has a connection of its own, opened before the race; the checkouts are written on
// all connections at once and the clock runs until the last answer. A round repeats this with a
// new variant of 10 units; the figure is orders placed per second of racing, and it meets its
// target when every round placed exactly 10 orders (unique numbers, the rest refused with 409
// insufficient_stock), the stock shows 10 reserved and 0 available, and the integrity check passes.
// The PostgreSQL figure's baseline is the SQLite figure of the same run.
//
// PostgreSQL: --postgres URL (a server URL such as postgres://kassa@127.0.0.1:5432/postgres), else
// KASSA_TEST_POSTGRES_URL, else a throw-away cluster started with tests/support/pgcluster. The
// benchmark makes its own database there and drops it afterwards. --no-postgres skips that part.
//
//   bench_checkout_race [--smoke] [--rounds N] [--customers N] [--postgres URL] [--no-postgres]

#include "benchreport.h"

#include "domain/uuid7.h"
#include "ops/integritycheck.h"
#include "security/passwords.h"
#include "services/companyservice.h"
#include "services/corecontext.h"
#include "services/stockservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace
{

constexpr qint64 kStock = 10;
constexpr qint64 kPrice = 1500;

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// kassa-server where the build put it, else next to us in a build tree (bench/ beside app/).
QString serverPath()
{
    const QString built = QStringLiteral(KASSA_SERVER_PATH);
    return QFileInfo::exists(built) ? built : QCoreApplication::applicationDirPath() + u"/../app/kassa-server"_s;
}

// ---- HTTP over one connection per call --------------------------------------------------------

struct HttpCall {
    QString host;
    quint16 port = 0;
    QByteArray method;
    QByteArray path;
    QJsonObject body;
    QByteArray cartToken;
};

struct HttpResult {
    int status = 0; // 0: no answer
    QJsonObject json;
};

// One call on its own connection: connect first, then write when told, read one response.
class Connection
{
public:
    explicit Connection(const HttpCall &call)
        : m_call(call)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { read(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, [this] { m_done = true; });
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred, [this] {
            if (!m_done && m_socket.state() != QAbstractSocket::ConnectedState) {
                m_done = true;
            }
        });
        m_socket.connectToHost(call.host, call.port);
    }

    [[nodiscard]] bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    [[nodiscard]] bool isDone() const { return m_done; }
    [[nodiscard]] const HttpResult &result() const { return m_result; }

    void send()
    {
        const QByteArray body = m_call.method == "GET" ? QByteArray() : QJsonDocument(m_call.body).toJson(QJsonDocument::Compact);
        QByteArray request = m_call.method + ' ' + m_call.path + " HTTP/1.1\r\nHost: " + m_call.host.toLatin1() + ':' + QByteArray::number(m_call.port)
            + "\r\nConnection: close\r\n";
        if (!m_call.cartToken.isEmpty()) {
            request += "X-Cart-Token: " + m_call.cartToken + "\r\n";
        }
        if (m_call.method != "GET") {
            request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        }
        m_socket.write(request + "\r\n" + body);
    }

private:
    void read()
    {
        m_buffer += m_socket.readAll();
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return;
        }
        qsizetype length = 0;
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:")) {
                length = line.mid(15).trimmed().toLongLong();
            }
        }
        if (m_buffer.size() < headerEnd + 4 + length) {
            return;
        }
        const QList<QByteArray> statusLine = lines.first().split(' ');
        m_result.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
        m_result.json = QJsonDocument::fromJson(m_buffer.mid(headerEnd + 4, length)).object();
        m_done = true;
        m_socket.disconnectFromHost();
    }

    HttpCall m_call;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    HttpResult m_result;
    bool m_done = false;
};

// Opens a connection per call, then writes all calls at once and waits for every answer.
// `elapsedMs` is the time from the first write to the last answer.
QList<HttpResult> sendTogether(const QList<HttpCall> &calls, double *elapsedMs = nullptr)
{
    std::vector<std::unique_ptr<Connection>> connections;
    connections.reserve(size_t(calls.size()));
    for (const HttpCall &call : calls) {
        connections.push_back(std::make_unique<Connection>(call));
    }
    const auto all = [&](auto predicate) {
        return std::all_of(connections.cbegin(), connections.cend(), [&](const std::unique_ptr<Connection> &c) { return predicate(*c); });
    };
    QDeadlineTimer deadline(30000);
    while (!all([](const Connection &c) { return c.isConnected() || c.isDone(); }) && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    QElapsedTimer timer;
    timer.start();
    for (const auto &connection : connections) {
        connection->send();
    }
    deadline = QDeadlineTimer(120000);
    while (!all([](const Connection &c) { return c.isDone(); }) && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    if (elapsedMs) {
        *elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    }
    QList<HttpResult> results;
    for (const auto &connection : connections) {
        results.append(connection->result());
    }
    return results;
}

// ---- kassa-server processes ---------------------------------------------------------------------

class ServerProcess
{
public:
    ~ServerProcess() { stop(); }

    void start(const QString &databaseUrl)
    {
        // All customers come from 127.0.0.1: lift the per-client rate limit.
        m_process.start(serverPath(),
                        {u"--database"_s, databaseUrl, u"--listen"_s, u"127.0.0.1:0"_s, u"--rate-limit"_s, u"1000000000"_s});
    }

    bool waitUntilListening(QString *error)
    {
        const QDeadlineTimer deadline(60000);
        while (!m_process.canReadLine() && m_process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
            m_process.waitForReadyRead(100);
        }
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        const QUrl url(line.mid(13));
        if (!line.startsWith("listening on "_L1) || url.port() <= 0) {
            m_process.waitForFinished(2000);
            *error = u"kassa-server did not start: %1 %2"_s.arg(line, QString::fromUtf8(m_process.readAllStandardError()).trimmed());
            return false;
        }
        host = url.host();
        port = quint16(url.port());
        return true;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning) {
            return;
        }
        ::kill(pid_t(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(15000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString host;
    quint16 port = 0;

private:
    QProcess m_process;
};

// ---- the shop and the race ----------------------------------------------------------------------

struct Shop {
    QString companyId;
    QString shopId;
    QString floorLocationId;
    QString taxCategoryId;
    QString pickupOptionId;
    kassa::Actor admin;
};

bool exec(QSqlQuery &query, QString *error)
{
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool seedShop(kassa::Database &database, kassa::CoreContext &context, Shop *shop, QString *error)
{
    kassa::CompanyService companies(context);
    kassa::CompanyDraft company;
    company.slug = u"race"_s;
    company.name = u"Race Retail"_s;
    shop->companyId = companies.createCompany(kassa::Actor::operatorConsole({}, context.deviceId), company, error);
    if (shop->companyId.isEmpty()) {
        return false;
    }
    shop->admin = kassa::Actor::operatorConsole(shop->companyId, context.deviceId);
    shop->admin.role = kassa::Role::CompanyAdmin;
    kassa::ShopDraft draft;
    draft.slug = u"race-shop"_s;
    draft.name = u"Race Shop"_s;
    shop->shopId = companies.createShop(shop->admin, draft, error);
    if (shop->shopId.isEmpty()) {
        return false;
    }
    QSqlQuery query(database.connection());
    query.prepare(u"SELECT id FROM locations WHERE shop_id = ? AND code = 'FLOOR'"_s);
    query.addBindValue(shop->shopId);
    if (!exec(query, error) || !query.next()) {
        *error = u"the shop has no FLOOR location"_s;
        return false;
    }
    shop->floorLocationId = query.value(0).toString();
    shop->taxCategoryId = kassa::newId();
    query.prepare(u"INSERT INTO tax_categories (id, company_id, name, rate_bp) VALUES (?, ?, 'Standard', 1900)"_s);
    query.addBindValue(shop->taxCategoryId);
    query.addBindValue(shop->companyId);
    if (!exec(query, error)) {
        return false;
    }
    shop->pickupOptionId = kassa::newId();
    query.prepare(u"INSERT INTO shipping_options (id, company_id, name, kind) VALUES (?, ?, 'Pick up in the shop', 'pickup')"_s);
    query.addBindValue(shop->pickupOptionId);
    query.addBindValue(shop->companyId);
    return exec(query, error);
}

// A new product whose one variant has the last kStock units on the shop floor.
QString lastUnits(kassa::Database &database, kassa::CoreContext &context, const Shop &shop, int round, QString *error)
{
    const QString productId = kassa::newId();
    const QString variantId = kassa::newId();
    QSqlQuery query(database.connection());
    query.prepare(u"INSERT INTO products (id, company_id, tax_category_id, name, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)"_s);
    for (const QVariant &value : {QVariant(productId), QVariant(shop.companyId), QVariant(shop.taxCategoryId), QVariant(u"Limited edition %1"_s.arg(round))}) {
        query.addBindValue(value);
    }
    if (!exec(query, error)) {
        return {};
    }
    query.prepare(u"INSERT INTO variants (id, company_id, product_id, sku, price, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, 0)"_s);
    for (const QVariant &value : {QVariant(variantId), QVariant(shop.companyId), QVariant(productId), QVariant(u"LTD-%1"_s.arg(round)), QVariant(kPrice)}) {
        query.addBindValue(value);
    }
    if (!exec(query, error)) {
        return {};
    }
    kassa::StockService stock(context);
    if (!stock.postMovements(shop.admin, {{{}, shop.floorLocationId, variantId, kStock, kassa::StockReason::Receipt, u"delivery"_s, {}, 0}}, error)) {
        return {};
    }
    return variantId;
}

struct Outcome {
    int rounds = 0;
    qint64 orders = 0; // placed in all rounds
    qint64 oversold = 0; // units ordered beyond the stock, all rounds
    int badRounds = 0; // rounds that did not place exactly kStock orders
    int unexpected = 0; // answers that were neither 201 nor 409 insufficient_stock
    int duplicateNumbers = 0;
    double raceSeconds = 0;
    QList<double> roundMs;
    QString problem;

    [[nodiscard]] bool meets() const
    {
        return rounds > 0 && orders == qint64(rounds) * kStock && oversold == 0 && badRounds == 0 && unexpected == 0 && duplicateNumbers == 0
            && problem.isEmpty();
    }
};

qint64 scalar(kassa::Database &database, const QString &sql, const QString &argument)
{
    QSqlQuery query(database.connection());
    query.prepare(sql);
    query.addBindValue(argument);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

// Runs `rounds` races of `customers` against the servers (customer i fills the cart at server
// i mod n and checks out at server i+1 mod n).
Outcome race(kassa::Database &database, kassa::CoreContext &context, const Shop &shop, const QList<ServerProcess *> &servers, int rounds, int customers)
{
    Outcome outcome;
    const auto at = [&](int i) { return servers.at(i % servers.size()); };
    QSet<QString> numbers;
    for (int round = 0; round < rounds; ++round) {
        QString error;
        const QString variant = lastUnits(database, context, shop, round, &error);
        if (variant.isEmpty()) {
            outcome.problem = u"cannot stock the variant: "_s + error;
            return outcome;
        }
        QList<HttpCall> calls;
        for (int i = 0; i < customers; ++i) {
            calls.append({at(i)->host, at(i)->port, "POST", "/api/v1/shops/race-shop/carts", {}, {}});
        }
        const QList<HttpResult> carts = sendTogether(calls);
        calls.clear();
        for (int i = 0; i < customers; ++i) {
            if (carts[i].status != 201) {
                outcome.problem = u"a cart was not created: %1"_s.arg(carts[i].status);
                return outcome;
            }
            calls.append({at(i)->host, at(i)->port, "POST", "/api/v1/carts/" + carts[i].json.value(u"id"_s).toString().toLatin1() + "/items",
                          QJsonObject{{u"variant_id"_s, variant}, {u"quantity"_s, 1}}, carts[i].json.value(u"token"_s).toString().toLatin1()});
        }
        const QList<HttpResult> items = sendTogether(calls);
        calls.clear();
        for (int i = 0; i < customers; ++i) {
            if (items[i].status != 201 || items[i].json.value(u"total"_s).toObject().value(u"amount"_s).toInteger() != kPrice) {
                outcome.problem = u"an item was not added: %1"_s.arg(items[i].status);
                return outcome;
            }
            const QJsonObject body{{u"email"_s, u"customer%1@example.com"_s.arg(i)},
                                   {u"shipping_option_id"_s, shop.pickupOptionId},
                                   {u"payment"_s, QJsonObject{{u"method"_s, u"pay_in_store"_s}}},
                                   {u"expected_total"_s, kPrice}};
            calls.append({at(i + 1)->host, at(i + 1)->port, "POST", "/api/v1/carts/" + carts[i].json.value(u"id"_s).toString().toLatin1() + "/checkout", body,
                          carts[i].json.value(u"token"_s).toString().toLatin1()});
        }
        double elapsedMs = 0;
        const QList<HttpResult> checkouts = sendTogether(calls, &elapsedMs);
        int placed = 0;
        for (const HttpResult &result : checkouts) {
            if (result.status == 201) {
                ++placed;
                const QString number = result.json.value(u"number"_s).toString();
                if (numbers.contains(number)) {
                    ++outcome.duplicateNumbers;
                }
                numbers.insert(number);
            } else if (result.status != 409 || result.json.value(u"code"_s).toString() != "insufficient_stock"_L1) {
                ++outcome.unexpected;
                if (outcome.problem.isEmpty()) {
                    outcome.problem = u"a checkout answered %1 %2"_s.arg(result.status).arg(QString::fromUtf8(QJsonDocument(result.json).toJson(QJsonDocument::Compact)));
                }
            }
        }
        // What the database says, not only what the answers said.
        const qint64 ordered = scalar(database, u"SELECT COALESCE(SUM(quantity), 0) FROM order_lines WHERE variant_id = ?"_s, variant);
        const qint64 reserved = scalar(database, u"SELECT COALESCE(SUM(reserved), 0) FROM stock_levels WHERE variant_id = ?"_s, variant);
        const qint64 available = scalar(database, u"SELECT COALESCE(SUM(available), 0) FROM stock_levels WHERE variant_id = ?"_s, variant);
        outcome.oversold += std::max<qint64>(0, ordered - kStock) + std::max<qint64>(0, -available);
        if (placed != kStock || ordered != kStock || reserved != kStock || available != 0) {
            ++outcome.badRounds;
        }
        outcome.orders += placed;
        outcome.raceSeconds += elapsedMs / 1000.0;
        outcome.roundMs << elapsedMs;
        ++outcome.rounds;
    }
    QSqlQuery query(database.connection());
    if (query.exec(u"SELECT COUNT(*) - COUNT(DISTINCT number) FROM orders"_s) && query.next()) {
        outcome.duplicateNumbers += int(query.value(0).toLongLong());
    }
    const kassa::IntegrityReport report = kassa::checkIntegrity(database);
    if (!report.ok()) {
        outcome.problem = u"integrity check: "_s + report.problems.join(u"; "_s);
    }
    return outcome;
}

// Opens the database the servers use (they have migrated it), takes the same device identity and
// seeds the shop.
struct Side {
    std::unique_ptr<kassa::Database> database;
    kassa::HybridLogicalClock clock;
    kassa::CoreContext context;
    Shop shop;
};

bool prepareSide(const QString &url, Side *side, QString *error)
{
    side->database = kassa::Database::open(url, error);
    if (!side->database || !side->database->migrate(error)) {
        return false;
    }
    side->context.database = side->database.get();
    side->context.clock = &side->clock;
    return kassa::ensureLocalDevice(*side->database, u"console"_s, u"bench_checkout_race"_s, &side->context.deviceId, &side->clock, error)
        && seedShop(*side->database, side->context, &side->shop, error);
}

bool startServers(const QString &url, std::vector<std::unique_ptr<ServerProcess>> *servers, int count, QString *error)
{
    for (int i = 0; i < count; ++i) {
        servers->push_back(std::make_unique<ServerProcess>());
        servers->back()->start(url);
    }
    for (const auto &server : *servers) {
        if (!server->waitUntilListening(error)) {
            return false;
        }
    }
    return true;
}

QList<ServerProcess *> pointers(const std::vector<std::unique_ptr<ServerProcess>> &servers)
{
    QList<ServerProcess *> result;
    for (const auto &server : servers) {
        result.append(server.get());
    }
    return result;
}

QString describe(const Outcome &outcome, int customers, int servers, const QString &backend, bool smoke)
{
    const double attempts = double(outcome.rounds) * customers;
    return u"%1 round(s) of %2 customers racing for %3 units on %4 with %5 kassa-server process(es): %6 orders placed (%7 per round expected), "
           "%8 oversold, %9 unexpected answers, %10 duplicate order numbers; %11 checkouts/s; race p50 %12 ms, max %13 ms%14%15"_s.arg(outcome.rounds)
        .arg(customers)
        .arg(kStock)
        .arg(backend)
        .arg(servers)
        .arg(outcome.orders)
        .arg(kStock)
        .arg(outcome.oversold)
        .arg(outcome.unexpected)
        .arg(outcome.duplicateNumbers)
        .arg(outcome.raceSeconds > 0 ? std::round(attempts / outcome.raceSeconds) : 0.0)
        .arg(kassa::bench::median(outcome.roundMs), 0, 'f', 1)
        .arg(kassa::bench::percentile(outcome.roundMs, 100.0), 0, 'f', 1)
        .arg(outcome.problem.isEmpty() ? QString() : u"; problem: "_s + outcome.problem)
        .arg(smoke ? u" (smoke run)"_s : QString());
}

kassa::bench::Figure figure(const QString &name, const Outcome &outcome, double baseline, const QString &note)
{
    kassa::bench::Figure result;
    result.name = name;
    result.unit = u"orders/s"_s;
    result.value = outcome.raceSeconds > 0 ? std::round(double(outcome.orders) / outcome.raceSeconds * 10.0) / 10.0 : 0.0;
    result.baseline = baseline;
    result.target = u"exactly 10 orders per round, 0 oversold"_s;
    result.meets = outcome.meets();
    result.note = note;
    return result;
}

// A PostgreSQL server to work on: the one given, or a throw-away cluster (stopped in the destructor).
class PostgresServer
{
public:
    ~PostgresServer()
    {
        if (!m_clusterDir.isEmpty()) {
            QProcess::execute(QStringLiteral(KASSA_PGCLUSTER_PATH), {u"stop"_s, m_clusterDir});
        }
    }

    bool start(const QString &given, QTemporaryDir &dir, QString *url, QString *why)
    {
        if (!given.isEmpty()) {
            *url = given;
            return true;
        }
        m_clusterDir = dir.filePath(u"pgcluster"_s);
        QProcess script;
        // Stopped in the destructor; the watcher stops it should this process be killed first.
        script.start(QStringLiteral(KASSA_PGCLUSTER_PATH), {u"start"_s, m_clusterDir, u"--stop-with"_s, QString::number(QCoreApplication::applicationPid())});
        if (!script.waitForFinished(180000) || script.exitStatus() != QProcess::NormalExit || script.exitCode() != 0) {
            *why = u"no PostgreSQL URL given and tests/support/pgcluster could not start a cluster: "_s
                + QString::fromUtf8(script.readAllStandardError()).trimmed().section(u'\n', -1);
            return false;
        }
        *url = QString::fromUtf8(script.readAllStandardOutput()).trimmed();
        return true;
    }

private:
    QString m_clusterDir;
};

// CREATE DATABASE / DROP DATABASE on the server at `serverUrl` (its maintenance database).
bool runOnServer(const QString &serverUrl, const QString &sql, QString *error)
{
    std::unique_ptr<kassa::Database> server = kassa::Database::open(serverUrl, error);
    if (!server) {
        return false;
    }
    QSqlQuery query(server->connection());
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool smoke = args.contains(u"--smoke"_s);
    const auto option = [&args](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const int rounds = option(u"--rounds"_s, smoke ? u"1"_s : u"20"_s).toInt();
    const int customers = option(u"--customers"_s, u"64"_s).toInt();
    QTemporaryDir dir;
    if (!kassa::initializeCrypto() || !dir.isValid() || rounds < 1 || customers < kStock) {
        err() << "bench_checkout_race: cannot start (crypto, temporary folder, or --rounds/--customers below 1/" << kStock << ")\n";
        return 1;
    }

    // SQLite: one kassa-server process (SQLite has one writer at a time; a second process would
    // only queue behind the first).
    QString error;
    Outcome sqlite;
    {
        const QString url = u"sqlite:"_s + dir.filePath(u"race.db"_s);
        std::vector<std::unique_ptr<ServerProcess>> servers;
        Side side;
        if (!startServers(url, &servers, 1, &error) || !prepareSide(url, &side, &error)) {
            err() << "bench_checkout_race: SQLite set-up failed: " << error << "\n";
            return 1;
        }
        sqlite = race(*side.database, side.context, side.shop, pointers(servers), rounds, customers);
    }
    kassa::bench::print(figure(u"checkout_race_sqlite"_s, sqlite, 0, describe(sqlite, customers, 1, u"SQLite"_s, smoke)));

    // PostgreSQL: two kassa-server processes on one database, started together on it while it is
    // still empty (so they also race to migrate it).
    bool postgresMet = true;
    if (!args.contains(u"--no-postgres"_s)) {
        PostgresServer postgres;
        QString serverUrl, why;
        if (!postgres.start(option(u"--postgres"_s, qEnvironmentVariable("KASSA_TEST_POSTGRES_URL")), dir, &serverUrl, &why)) {
            if (!smoke) {
                err() << "bench_checkout_race: " << why << "\n";
                return 1;
            }
            err() << "bench_checkout_race: PostgreSQL part skipped in this smoke run: " << why << "\n";
            err().flush();
        } else {
            const QString name = u"kassa_bench_%1"_s.arg(QRandomGenerator::system()->generate64(), 16, 16, QChar(u'0'));
            QUrl databaseUrl(serverUrl);
            databaseUrl.setPath(u"/"_s + name);
            if (!runOnServer(serverUrl, u"CREATE DATABASE "_s + name, &error)) {
                err() << "bench_checkout_race: cannot create a database on " << serverUrl << ": " << error << "\n";
                return 1;
            }
            Outcome outcome;
            {
                std::vector<std::unique_ptr<ServerProcess>> servers;
                Side side;
                if (!startServers(databaseUrl.toString(), &servers, 2, &error) || !prepareSide(databaseUrl.toString(), &side, &error)) {
                    outcome.problem = u"set-up failed: "_s + error;
                } else {
                    outcome = race(*side.database, side.context, side.shop, pointers(servers), rounds, customers);
                }
            }
            if (!runOnServer(serverUrl, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name), &error)) {
                err() << "bench_checkout_race: cannot drop " << name << ": " << error << "\n";
            }
            const kassa::bench::Figure sqliteFigure = figure({}, sqlite, 0, {});
            kassa::bench::print(figure(u"checkout_race_postgres"_s, outcome, sqliteFigure.value, describe(outcome, customers, 2, u"PostgreSQL"_s, smoke)));
            postgresMet = outcome.meets();
        }
    }
    // A smoke run checks that the benchmark works: a race that oversold is broken, not slow.
    return sqlite.meets() && postgresMet ? 0 : 1;
}
