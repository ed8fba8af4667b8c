#pragma once

#include "outboxbatch.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace kassa::sync {

// Makes this installation a device of a company: sends the manager's one-time code to the server
// (POST /sync/v1/enrol) and stores what comes back in the local database, in one transaction: the
// device row (id, shop, receipt prefix), the installation's identity (local_device) and
// sync_identity (server, token, epoch). An installation that has written ops as another device
// and not pushed them all is refused: those ops must reach the server first.
class Enrolment : public QObject
{
    Q_OBJECT
public:
    explicit Enrolment(Database &database, QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);

    void enrol(const QUrl &server, const QString &code, const QString &name);

Q_SIGNALS:
    void enrolled(const kassa::sync::SyncIdentity &identity);
    // `code` is the server's problem code (enrolment_code_expired, …) or a local one.
    void failed(const QString &code, const QString &message);

private:
    bool store(const QUrl &server, const QJsonObject &answer, SyncIdentity *identity, QString *error);

    Database &m_database;
    QNetworkAccessManager *m_network;
};

} // namespace kassa::sync
