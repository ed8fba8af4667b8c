#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace kassa {

// RFC 4180 CSV as spreadsheets write it: fields separated by commas, quoted when they hold a comma,
// a quote (doubled inside), or a line break; records end with CRLF or LF; an optional UTF-8 BOM.
// A file whose header row has semicolons and no commas is read with ';' as the separator, because
// that is what Excel writes in locales with a decimal comma (Germany, France, Spain).
//
// Rows are numbered as a spreadsheet shows them: the header is row 1, the first data row is row 2,
// and a record with a line break inside a quoted field is still one row.
struct CsvRecord {
    int row = 0;
    QStringList fields;
};

// Splits UTF-8 CSV text into records. Blank lines are skipped (but counted in row numbers). Returns
// false with `error` naming the row (and column) of the first syntax error: an unterminated quoted
// field, text after a closing quote, or bytes that are not UTF-8.
bool parseCsv(const QByteArray &data, QList<CsvRecord> *records, QString *error, QChar *separatorUsed = nullptr);

// A column a CSV format knows. Header cells match names case-insensitively; spaces count as
// underscores, so "Product Name" is product_name.
struct CsvColumn {
    QString name;
    bool required = false;
};

// A parsed CSV file with a header row, checked against the columns its format knows.
class CsvTable
{
public:
    // Parses `data` and maps its header onto `columns`. A syntax error, an unknown or repeated
    // column, or a missing required column is an error of the whole file: `errors` then names each
    // and the result is false.
    bool load(const QByteArray &data, const QList<CsvColumn> &columns, QStringList *errors);

    [[nodiscard]] qsizetype size() const { return m_records.size(); }
    // The spreadsheet row number of data record `index` (the header is row 1).
    [[nodiscard]] int rowNumber(qsizetype index) const { return m_records.at(index).row; }
    // Whether the file has this column at all; an importer leaves a field it does not have alone.
    [[nodiscard]] bool hasColumn(const QString &name) const { return m_columnIndex.contains(name); }
    // The cell of `column` in data record `index`, trimmed of surrounding spaces; empty when the
    // file has no such column.
    [[nodiscard]] QString value(qsizetype index, const QString &column) const;
    // The 1-based position of a column in the file, for messages; 0 when it is absent.
    [[nodiscard]] int columnPosition(const QString &column) const { return m_columnIndex.value(column, -1) + 1; }
    // Empty when the record has as many fields as the header, else why not (a row-level error,
    // worded to follow "row N: ").
    [[nodiscard]] QString shapeProblem(qsizetype index) const;

    static QString normalizedColumnName(const QString &header);

private:
    QList<CsvRecord> m_records;
    QHash<QString, int> m_columnIndex;
    int m_headerWidth = 0;
};

// Writes RFC 4180 CSV: UTF-8 with a BOM (so spreadsheet programs detect the encoding), CRLF line
// ends, and quotes only where a field needs them.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device, bool writeBom = true);
    bool writeRow(const QStringList &fields);
    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] qint64 rowsWritten() const { return m_rows; }

    static QString encodeField(const QString &field);
    static QString encodeRow(const QStringList &fields);

private:
    QIODevice *m_device;
    bool m_ok = true;
    qint64 m_rows = 0;
};

} // namespace kassa
