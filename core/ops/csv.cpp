#include "csv.h"

#include <QIODevice>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace kassa {

namespace {
const QByteArray kUtf8Bom = QByteArrayLiteral("\xEF\xBB\xBF");

// The physical line holding the first byte sequence that is not UTF-8, for the error message.
int firstLineNotUtf8(QByteArrayView bytes)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0) {
            end = bytes.size();
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString ignored = decoder.decode(bytes.sliced(start, end - start));
        if (decoder.hasError()) {
            return line;
        }
        start = end + 1;
        ++line;
    }
    return line;
}

QChar detectSeparator(const QString &text)
{
    const qsizetype lineEnd = text.indexOf(u'\n');
    const QStringView header = QStringView(text).left(lineEnd < 0 ? text.size() : lineEnd);
    return !header.contains(u',') && header.contains(u';') ? u';' : u',';
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}
} // namespace

bool parseCsv(const QByteArray &data, QList<CsvRecord> *records, QString *error, QChar *separatorUsed)
{
    records->clear();
    QByteArrayView bytes(data);
    if (bytes.startsWith(kUtf8Bom)) {
        bytes = bytes.sliced(kUtf8Bom.size());
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        *error = u"line %1 is not UTF-8 text; save the file as \"CSV UTF-8\""_s.arg(firstLineNotUtf8(bytes));
        return false;
    }
    const QChar separator = detectSeparator(text);
    if (separatorUsed) {
        *separatorUsed = separator;
    }

    const qsizetype n = text.size();
    qsizetype i = 0;
    int row = 1;
    const auto skipLineBreak = [&] {
        if (i < n && text.at(i) == u'\r') {
            ++i;
        }
        if (i < n && text.at(i) == u'\n') {
            ++i;
        }
    };
    while (i < n) {
        if (isLineBreak(text.at(i))) {
            // A blank line: no record, but it is a row in the spreadsheet.
            skipLineBreak();
            ++row;
            continue;
        }
        CsvRecord record;
        record.row = row;
        for (;;) {
            QString field;
            // Spaces before an opening quote are layout, not data (`a, "b, c"` is two fields).
            qsizetype look = i;
            while (look < n && text.at(look) == u' ') {
                ++look;
            }
            if (look < n && text.at(look) == u'"') {
                i = look + 1;
                for (;;) {
                    if (i >= n) {
                        *error = u"row %1, column %2: a quoted field is never closed (a quote is missing)"_s.arg(row).arg(record.fields.size() + 1);
                        return false;
                    }
                    const QChar c = text.at(i);
                    if (c == u'"') {
                        if (i + 1 < n && text.at(i + 1) == u'"') {
                            field += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
                        ++i; // a line break inside a field is stored as \n whatever the file used
                        continue;
                    }
                    field += c == u'\r' ? u'\n' : c;
                    ++i;
                }
                while (i < n && text.at(i) == u' ') {
                    ++i;
                }
                if (i < n && text.at(i) != separator && !isLineBreak(text.at(i))) {
                    *error = u"row %1, column %2: text follows the closing quote; quote the whole field and double the quotes inside it"_s.arg(row).arg(
                        record.fields.size() + 1);
                    return false;
                }
            } else {
                const qsizetype start = i;
                while (i < n && text.at(i) != separator && !isLineBreak(text.at(i))) {
                    ++i;
                }
                field = text.mid(start, i - start);
            }
            record.fields.append(field);
            if (i < n && text.at(i) == separator) {
                ++i;
                continue;
            }
            skipLineBreak();
            break;
        }
        records->append(record);
        ++row;
    }
    return true;
}

QString CsvTable::normalizedColumnName(const QString &header)
{
    return header.trimmed().toLower().replace(u' ', u'_');
}

bool CsvTable::load(const QByteArray &data, const QList<CsvColumn> &columns, QStringList *errors)
{
    m_records.clear();
    m_columnIndex.clear();
    m_headerWidth = 0;
    QString error;
    if (!parseCsv(data, &m_records, &error)) {
        errors->append(error);
        return false;
    }
    QStringList known;
    for (const CsvColumn &column : columns) {
        known << column.name;
    }
    if (m_records.isEmpty()) {
        errors->append(u"the file is empty; row 1 must be a header naming the columns (%1)"_s.arg(known.join(u", "_s)));
        return false;
    }
    const CsvRecord header = m_records.takeFirst();
    const int before = int(errors->size());
    m_headerWidth = int(header.fields.size());
    for (int position = 0; position < header.fields.size(); ++position) {
        const QString name = normalizedColumnName(header.fields.at(position));
        if (name.isEmpty()) {
            errors->append(u"row %1, column %2: the header cell is empty; name the column or delete it"_s.arg(header.row).arg(position + 1));
        } else if (!known.contains(name)) {
            errors->append(u"row %1, column %2: unknown column \"%3\"; the columns are %4"_s.arg(header.row).arg(position + 1).arg(header.fields.at(position).trimmed(),
                                                                                                                            known.join(u", "_s)));
        } else if (m_columnIndex.contains(name)) {
            errors->append(u"row %1, column %2: column \"%3\" appears twice (also column %4)"_s.arg(header.row).arg(position + 1).arg(name).arg(
                m_columnIndex.value(name) + 1));
        } else {
            m_columnIndex.insert(name, position);
        }
    }
    for (const CsvColumn &column : columns) {
        if (column.required && !m_columnIndex.contains(column.name)) {
            errors->append(u"row %1: the required column \"%2\" is missing"_s.arg(header.row).arg(column.name));
        }
    }
    return errors->size() == before;
}

QString CsvTable::value(qsizetype index, const QString &column) const
{
    const auto it = m_columnIndex.constFind(column);
    if (it == m_columnIndex.constEnd()) {
        return {};
    }
    return m_records.at(index).fields.value(it.value()).trimmed();
}

QString CsvTable::shapeProblem(qsizetype index) const
{
    const CsvRecord &record = m_records.at(index);
    const qsizetype count = record.fields.size();
    if (count < m_headerWidth) {
        return u"has %1 fields but the header has %2"_s.arg(count).arg(m_headerWidth);
    }
    // Spreadsheets sometimes pad rows with empty cells; anything else beyond the header is a
    // separator inside an unquoted field.
    for (qsizetype extra = m_headerWidth; extra < count; ++extra) {
        if (!record.fields.at(extra).trimmed().isEmpty()) {
            return u"column %1 has text but the header has only %2 columns (a comma inside an unquoted field?)"_s.arg(extra + 1).arg(m_headerWidth);
        }
    }
    return {};
}

CsvWriter::CsvWriter(QIODevice *device, bool writeBom)
    : m_device(device)
{
    if (writeBom) {
        m_ok = m_device->write(kUtf8Bom) == kUtf8Bom.size();
    }
}

QString CsvWriter::encodeField(const QString &field)
{
    const bool needsQuotes = field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r') || field.contains(u';')
        || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes) {
        return field;
    }
    QString quoted = field;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString CsvWriter::encodeRow(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line += u',';
        }
        line += encodeField(fields.at(i));
    }
    line += u"\r\n"_s;
    return line;
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    if (!m_ok) {
        return false;
    }
    const QByteArray line = encodeRow(fields).toUtf8();
    m_ok = m_device->write(line) == line.size();
    if (m_ok) {
        ++m_rows;
    }
    return m_ok;
}

} // namespace kassa
