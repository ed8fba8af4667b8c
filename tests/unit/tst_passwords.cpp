// Passwords, PINs and tokens: argon2id hashes that verify only the right secret, detection of weak
// hashes to upgrade, unguessable tokens and the PIN rules a till enforces.

#include "security/passwords.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPasswords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hashAndVerify_data();
    void hashAndVerify();
    void hashesAreSalted();
    void interactiveHashParameters();
    void rehashDetection();
    void malformedHashes_data();
    void malformedHashes();
    void tokens();
    void tokenDigest();
    void pinRules_data();
    void pinRules();
    void constantTimeEquals_data();
    void constantTimeEquals();
};

void TestPasswords::initTestCase()
{
    QVERIFY(kassa::initializeCrypto());
}

void TestPasswords::hashAndVerify_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("wrong");
    QTest::newRow("password") << u"correct horse battery staple"_s << u"correct horse battery stapler"_s;
    QTest::newRow("case-matters") << u"Sommer2024!"_s << u"sommer2024!"_s;
    QTest::newRow("pin") << u"2468"_s << u"2469"_s;
    QTest::newRow("unicode") << u"Grüße, Жук ✓"_s << u"Grusse, Жук ✓"_s;
    QTest::newRow("trailing-space-matters") << u"password1"_s << u"password1 "_s;
}

void TestPasswords::hashAndVerify()
{
    QFETCH(QString, secret);
    QFETCH(QString, wrong);
    const QString hash = kassa::hashSecret(secret, kassa::HashStrength::Minimum);
    QVERIFY(hash.startsWith(u"$argon2id$v=19$"_s));
    QVERIFY(!hash.contains(secret));
    QVERIFY(kassa::verifySecret(hash, secret));
    QVERIFY(!kassa::verifySecret(hash, wrong));
    QVERIFY(!kassa::verifySecret(hash, QString()));
}

void TestPasswords::hashesAreSalted()
{
    const QString first = kassa::hashSecret(u"same secret"_s, kassa::HashStrength::Minimum);
    const QString second = kassa::hashSecret(u"same secret"_s, kassa::HashStrength::Minimum);
    QVERIFY(first != second);
    QVERIFY(kassa::verifySecret(first, u"same secret"_s));
    QVERIFY(kassa::verifySecret(second, u"same secret"_s));
}

void TestPasswords::interactiveHashParameters()
{
    // Sign-in passwords use libsodium's interactive limits: 64 MiB and 2 passes of argon2id.
    const QString hash = kassa::hashSecret(u"a real password"_s);
    QVERIFY2(hash.startsWith(u"$argon2id$v=19$m=65536,t=2,p=1$"_s), qPrintable(hash));
    QVERIFY(kassa::verifySecret(hash, u"a real password"_s));
    QVERIFY(!kassa::verifySecret(hash, u"a real passwort"_s));
    QVERIFY(!kassa::secretNeedsRehash(hash));
}

void TestPasswords::rehashDetection()
{
    const QString weak = kassa::hashSecret(u"demo password"_s, kassa::HashStrength::Minimum);
    QVERIFY(!weak.isEmpty());
    QVERIFY(kassa::secretNeedsRehash(weak));
    QVERIFY(kassa::secretNeedsRehash(u"not a hash"_s));
    QVERIFY(kassa::secretNeedsRehash(QString()));
}

void TestPasswords::malformedHashes_data()
{
    QTest::addColumn<QString>("hash");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain-text") << u"2468"_s;
    QTest::newRow("bcrypt") << u"$2b$12$KIXQ0pYlJ9Y0n3k0c7bZ0eWcG9q8xvQn8y6h5sU1m2n3o4p5q6r7s"_s;
    QTest::newRow("too-long") << u"$argon2id$v=19$m=65536,t=2,p=1$"_s + QString(200, u'A');
}

void TestPasswords::malformedHashes()
{
    QFETCH(QString, hash);
    QVERIFY(!kassa::verifySecret(hash, u"2468"_s));
    QVERIFY(!kassa::verifySecret(hash, hash));
}

void TestPasswords::tokens()
{
    static const QRegularExpression urlSafe(u"^[A-Za-z0-9_-]{43}$"_s);
    QSet<QString> seen;
    QList<int> characterCounts(128, 0);
    for (int i = 0; i < 2000; ++i) {
        const QString token = kassa::randomToken();
        QVERIFY2(urlSafe.match(token).hasMatch(), qPrintable(token)); // 256 bits, base64url, no padding
        QVERIFY(!seen.contains(token));
        seen.insert(token);
        for (QChar c : token) {
            ++characterCounts[c.unicode()];
        }
    }
    // 2000 × 43 characters over a 64-letter alphabet: every letter turns up (about 1300 times each).
    // A source stuck on few values, or one that ignores the high bits, fails this.
    for (QChar c : u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"_s) {
        QVERIFY2(characterCounts[c.unicode()] > 800, qPrintable(u"'%1' seen %2 times"_s.arg(c).arg(characterCounts[c.unicode()])));
    }
}

void TestPasswords::tokenDigest()
{
    const QString token = kassa::randomToken();
    const QString digest = kassa::tokenDigest(token);
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    QVERIFY2(hex.match(digest).hasMatch(), qPrintable(digest));
    QCOMPARE(kassa::tokenDigest(token), digest);
    QVERIFY(kassa::tokenDigest(token + u'x') != digest);
    QVERIFY(!digest.contains(token));
    // BLAKE2b-256 of the empty string, as published.
    QCOMPARE(kassa::tokenDigest(QString()), u"0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8"_s);
}

void TestPasswords::pinRules_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("problem");
    const QString length = u"a PIN has 4 to 8 digits"_s;
    const QString digits = u"a PIN has digits only"_s;
    QTest::newRow("four-digits") << u"2468"_s << QString();
    QTest::newRow("eight-digits") << u"24681357"_s << QString();
    QTest::newRow("leading-zero") << u"0007"_s << QString();
    QTest::newRow("three-digits") << u"246"_s << length;
    QTest::newRow("nine-digits") << u"246813579"_s << length;
    QTest::newRow("empty") << QString() << length;
    QTest::newRow("letter") << u"24a8"_s << digits;
    QTest::newRow("space") << u"24 8"_s << digits;
    QTest::newRow("sign") << u"-246"_s << digits;
    QTest::newRow("arabic-indic-digits") << u"١٢٣٤"_s << digits;
}

void TestPasswords::pinRules()
{
    QFETCH(QString, pin);
    QFETCH(QString, problem);
    QCOMPARE(kassa::pinProblem(pin), problem);
}

void TestPasswords::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("equal") << QByteArray("signature-0123456789") << QByteArray("signature-0123456789") << true;
    QTest::newRow("last-byte-differs") << QByteArray("signature-0123456789") << QByteArray("signature-0123456788") << false;
    QTest::newRow("first-byte-differs") << QByteArray("xignature") << QByteArray("signature") << false;
    QTest::newRow("prefix") << QByteArray("signature") << QByteArray("signature-0") << false;
    QTest::newRow("both-empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("one-empty") << QByteArray() << QByteArray("a") << false;
    QTest::newRow("embedded-nul") << QByteArray("ab\0cd", 5) << QByteArray("ab\0ce", 5) << false;
}

void TestPasswords::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(kassa::constantTimeEquals(a, b), equal);
    QCOMPARE(kassa::constantTimeEquals(b, a), equal);
}

QTEST_GUILESS_MAIN(TestPasswords)
#include "tst_passwords.moc"
