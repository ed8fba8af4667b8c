#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kassa {

struct ImportOptions {
    bool dryRun = false; // validate and run everything, then roll back
    bool skipBadRows = false; // import the good rows and report the bad ones instead of importing nothing
};

// A problem with one cell or row of an import file. `row` is the spreadsheet row (header = 1);
// `column` is empty when the whole row is wrong.
struct ImportIssue {
    int row = 0;
    QString column;
    QString message;

    [[nodiscard]] QString toString() const;
};

// What an import did, or (dry run, or refused) would have done.
struct ImportReport {
    qsizetype rowsRead = 0;
    qsizetype created = 0;
    qsizetype updated = 0;
    qsizetype unchanged = 0;
    QList<ImportIssue> badRows; // one entry per problem; a row may have several
    QStringList fileErrors; // the header or the file itself is wrong: nothing can be imported
    QStringList notes; // other records made along the way ("created category Clothing > Shirts")
    QString failure; // the write itself failed (database error); nothing was written
    bool committed = false;

    [[nodiscard]] qsizetype skippedRows() const;
    // The import went through (or, in a dry run, would go through) with these options.
    [[nodiscard]] bool succeeded(const ImportOptions &options) const;
};

// true/false, 1/0, yes/no (any case); an empty cell is `fallback`. Returns false on anything else.
bool parseCsvBool(const QString &text, bool fallback, bool *value);
QString csvBool(bool value);

// A tax rate written as percent ("19", "5.5", "7,7", "19 %") to basis points; false when it is not
// a percentage from 0 to 100 with at most two decimals.
bool parsePercentToBasisPoints(const QString &text, int *basisPoints);
// Basis points as the shortest percent text ("19", "5.5", "7.25").
QString basisPointsToPercent(int basisPoints);

} // namespace kassa
