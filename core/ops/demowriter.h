#pragma once

#include "rowsink.h"

#include <QString>
#include <QVariant>

#include <array>

namespace kassa {


// The tables the demo seed fills, in the order their rows may first be written (parents first).
enum class DemoTable {
    Companies,
    TaxCategories,
    Shops,
    Locations,
    Bins,
    Devices,
    Users,
    Categories,
    Products,
    Variants,
    Barcodes,
    ShopListings,
    PriceChanges,
    Customers,
    CustomerAddresses,
    StockMovements,
    Shifts,
    Sales,
    SaleLines,
    SaleTenders,
    StockLevels,
    AuditLog,
    Count
};

// Typed access to a RowSink for the demo tables: declares each table's columns once, checks that
// every row has as many values, counts rows, and remembers the first failure so the generator can
// test for it once per batch instead of after every row.
class DemoWriter
{
public:
    explicit DemoWriter(RowSink &sink)
        : m_sink(sink)
    {
    }

    bool declareTables();

    template<typename... Values>
    bool row(DemoTable table, const Values &...values)
    {
        if (m_failed) {
            return false;
        }
        const QVariant row[] = {QVariant(values)...};
        const int index = int(table);
        if (int(sizeof...(Values)) != m_columns[index]) {
            // A generator bug, caught in every build type rather than only where Q_ASSERT is on.
            m_error = QStringLiteral("a row for %1 has %2 values, the table was declared with %3 columns").arg(tableName(table)).arg(sizeof...(Values)).arg(m_columns[index]);
            m_failed = true;
            return false;
        }
        ++m_counts[index];
        if (!m_sink.insert(m_handles[index], row)) {
            m_failed = true;
            return false;
        }
        return true;
    }

    [[nodiscard]] bool failed() const { return m_failed; }
    [[nodiscard]] QString errorString() const { return m_error.isEmpty() ? m_sink.errorString() : m_error; }
    [[nodiscard]] qint64 count(DemoTable table) const { return m_counts[int(table)]; }
    static QString tableName(DemoTable table);

private:
    RowSink &m_sink;
    std::array<int, int(DemoTable::Count)> m_handles{};
    std::array<int, int(DemoTable::Count)> m_columns{};
    std::array<qint64, int(DemoTable::Count)> m_counts{};
    bool m_failed = false;
    QString m_error;
};

} // namespace kassa
