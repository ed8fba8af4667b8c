// How a migration file is cut into the statements the migrator runs one by one: at semicolons that
// end a line, except inside a trigger, whose body has statements of its own and ends at the
// semicolon after its END.

#include "storage/migrator.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMigratorSplit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitStatements_data();
    void splitStatements();
    void shippedTriggersAreWhole();
};

void TestMigratorSplit::splitStatements_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("statements");

    QTest::newRow("plain-statements") << u"CREATE TABLE a (x INT);\nCREATE INDEX a_x ON a (x);\n"_s
                                      << QStringList { u"CREATE TABLE a (x INT)"_s, u"CREATE INDEX a_x ON a (x)"_s };
    QTest::newRow("trigger-with-two-statements")
        << u"CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n    DELETE FROM b WHERE x = NEW.x;\n    INSERT INTO b (x) VALUES (NEW.x);\nEND;\n"_s
        << QStringList { u"CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n    DELETE FROM b WHERE x = NEW.x;\n    INSERT INTO b (x) VALUES (NEW.x);\nEND"_s };
    QTest::newRow("statements-around-a-trigger")
        << u"CREATE TABLE b (x INT);\nCREATE TRIGGER t AFTER DELETE ON a BEGIN\n    DELETE FROM b WHERE x = OLD.x;\nEND;\nCREATE INDEX b_x ON b (x);\n"_s
        << QStringList { u"CREATE TABLE b (x INT)"_s, u"CREATE TRIGGER t AFTER DELETE ON a BEGIN\n    DELETE FROM b WHERE x = OLD.x;\nEND"_s,
               u"CREATE INDEX b_x ON b (x)"_s };
    QTest::newRow("lower-case-and-end-on-the-last-line")
        << u"create temp trigger if not exists t after update of x on a\nwhen old.x is not new.x begin\n  update b set x = new.x; end;\nselect 1;\n"_s
        << QStringList { u"create temp trigger if not exists t after update of x on a\nwhen old.x is not new.x begin\n  update b set x = new.x; end"_s,
               u"select 1"_s };
    QTest::newRow("case-end-inside-a-trigger")
        << u"CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n    UPDATE b SET y = CASE WHEN NEW.x > 0 THEN 1 ELSE 0\n    END;\n    DELETE FROM c;\nEND;\n"_s
        << QStringList {
               u"CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n    UPDATE b SET y = CASE WHEN NEW.x > 0 THEN 1 ELSE 0\n    END;\n    DELETE FROM c;\nEND"_s
           };
    QTest::newRow("end-in-a-string-or-name-is-no-end")
        << u"CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n    INSERT INTO \"end\" (note) VALUES ('the END;');\n    INSERT INTO legend (x) VALUES ('it''s END');\nEND;\n"_s
        << QStringList {
               u"CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n    INSERT INTO \"end\" (note) VALUES ('the END;');\n    INSERT INTO legend (x) VALUES ('it''s END');\nEND"_s
           };
    QTest::newRow("end-in-a-comment-is-no-end")
        << u"CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n    DELETE FROM b; -- the end\n    -- END;\n    DELETE FROM c;\nEND;\n"_s
        << QStringList { u"CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n    DELETE FROM b; -- the end\n    DELETE FROM c;\nEND"_s };
    QTest::newRow("two-triggers")
        << u"CREATE TRIGGER t1 AFTER INSERT ON a BEGIN\n  DELETE FROM b;\nEND;\nCREATE TRIGGER t2 AFTER DELETE ON a BEGIN\n  DELETE FROM c;\nEND;\n"_s
        << QStringList { u"CREATE TRIGGER t1 AFTER INSERT ON a BEGIN\n  DELETE FROM b;\nEND"_s,
               u"CREATE TRIGGER t2 AFTER DELETE ON a BEGIN\n  DELETE FROM c;\nEND"_s };
    QTest::newRow("trigger-named-like-a-keyword-holder")
        << u"CREATE TRIGGER backend_sync AFTER INSERT ON a\nBEGIN\n    DELETE FROM weekend;\nEND;\n"_s
        << QStringList { u"CREATE TRIGGER backend_sync AFTER INSERT ON a\nBEGIN\n    DELETE FROM weekend;\nEND"_s };
    QTest::newRow("case-end-outside-a-trigger") << u"SELECT CASE WHEN 1 THEN 2\nEND;\nSELECT 3;\n"_s
                                                << QStringList { u"SELECT CASE WHEN 1 THEN 2\nEND"_s, u"SELECT 3"_s };
    QTest::newRow("windows-line-ends") << u"CREATE TRIGGER t AFTER INSERT ON a\r\nBEGIN\r\n    DELETE FROM b;\r\nEND;\r\nSELECT 1;\r\n"_s
                                       << QStringList { u"CREATE TRIGGER t AFTER INSERT ON a\r\nBEGIN\r\n    DELETE FROM b;\r\nEND"_s, u"SELECT 1"_s };
    QTest::newRow("unfinished-trigger-is-kept-whole") << u"CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n    DELETE FROM b;\n"_s
                                                      << QStringList { u"CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n    DELETE FROM b;"_s };
}

void TestMigratorSplit::splitStatements()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, statements);
    QCOMPARE(kassa::Migrator::splitStatements(sql), statements);
}

void TestMigratorSplit::shippedTriggersAreWhole()
{
    // Every trigger the migrations create reaches SQLite as one statement, body and END included.
    static const QRegularExpression createTrigger(u"^CREATE\\s+TRIGGER\\b"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression endsWithEnd(u"\\bEND$"_s, QRegularExpression::CaseInsensitiveOption);
    int triggers = 0;
    for (const kassa::Migration &migration : kassa::Migrator(kassa::Dialect(kassa::Dialect::Kind::Sqlite)).migrations()) {
        for (const QString &statement : migration.statements) {
            if (createTrigger.match(statement).hasMatch()) {
                ++triggers;
                QVERIFY2(endsWithEnd.match(statement).hasMatch(), qPrintable(statement));
            } else {
                QVERIFY2(!statement.startsWith(u"END"_s, Qt::CaseInsensitive), qPrintable(statement));
            }
        }
    }
    QVERIFY(triggers > 0);
}

QTEST_GUILESS_MAIN(TestMigratorSplit)
#include "tst_migratorsplit.moc"
