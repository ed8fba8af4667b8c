<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ApprovalPanel</name>
    <message>
        <source>A manager must approve: %1</source>
        <translation>Freigabe durch die Filialleitung nötig: %1</translation>
    </message>
    <message>
        <source>Manager&apos;s PIN</source>
        <translation>PIN der Filialleitung</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
</context>
<context>
    <name>BackOfficePage</name>
    <message>
        <source>Back office — %1</source>
        <translation>Backoffice — %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Latest documents of this shop</source>
        <translation>Neueste Belege dieser Filiale</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>On this sale: %1</source>
        <translation>Auf diesem Bon: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Name, phone or e-mail</source>
        <translation>Name, Telefon oder E-Mail</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Create and attach</source>
        <translation>Anlegen und zuordnen</translation>
    </message>
</context>
<context>
    <name>DiscardDialog</name>
    <message>
        <source>Discard this sale</source>
        <translation>Diesen Bon verwerfen</translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation>Grund (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <source>Discount on this line</source>
        <translation>Rabatt auf diese Position</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>Rabatt auf den ganzen Bon</translation>
    </message>
    <message>
        <source>10% or an amount; empty removes it</source>
        <translation>10% oder ein Betrag; leer entfernt den Rabatt</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
</context>
<context>
    <name>GiftCardDialog</name>
    <message>
        <source>Sell a gift card</source>
        <translation>Geschenkkarte verkaufen</translation>
    </message>
    <message>
        <source>Card code (scan it)</source>
        <translation>Kartencode (scannen)</translation>
    </message>
    <message>
        <source>Balance now %1</source>
        <translation>Aktuelles Guthaben %1</translation>
    </message>
    <message>
        <source>Amount to load</source>
        <translation>Aufzuladender Betrag</translation>
    </message>
    <message>
        <source>Add to sale</source>
        <translation>Zum Bon hinzufügen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Kassa — %1</source>
        <translation>Kassa — %1</translation>
    </message>
    <message>
        <source>Kassa</source>
        <translation>Kassa</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Backoffice</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note on this sale</source>
        <translation>Notiz zum Bon</translation>
    </message>
    <message>
        <source>e.g. collects the rest on Friday</source>
        <translation>z. B. holt den Rest am Freitag ab</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>OpenShiftPanel</name>
    <message>
        <source>Open the shift</source>
        <translation>Schicht öffnen</translation>
    </message>
    <message>
        <source>Count the change in the drawer (the float) and enter it.</source>
        <translation>Zählen Sie das Wechselgeld in der Kassenlade (den Wechselgeldbestand) und geben Sie es ein.</translation>
    </message>
    <message>
        <source>Float, e.g. %1</source>
        <translation>Wechselgeldbestand, z. B. %1</translation>
    </message>
</context>
<context>
    <name>ParkDialog</name>
    <message>
        <source>Park this sale</source>
        <translation>Bon parken</translation>
    </message>
    <message>
        <source>A name to find it again (optional)</source>
        <translation>Name zum Wiederfinden (optional)</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parken</translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <source>Parked sales</source>
        <translation>Geparkte Bons</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Position</numerusform>
            <numerusform>%n Positionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>No parked sales</source>
        <translation>Keine geparkten Bons</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Sale complete</source>
        <translation>Verkauf abgeschlossen</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Bon %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Rückgeld %1</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Nächster Kunde</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Rückgeld</translation>
    </message>
    <message>
        <source>Cash rounding %1</source>
        <translation>Bargeldrundung %1</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Geschenkkarte</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Amount (empty: what is due)</source>
        <translation>Betrag (leer: offener Betrag)</translation>
    </message>
    <message>
        <source>Terminal reference</source>
        <translation>Terminal-Referenz</translation>
    </message>
    <message>
        <source>Gift card code</source>
        <translation>Geschenkkartencode</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Guthaben %1</translation>
    </message>
    <message>
        <source>Unknown gift card</source>
        <translation>Unbekannte Geschenkkarte</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Store credit balance %1</source>
        <translation>Kundenguthaben %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>Rückgeld %1</translation>
    </message>
    <message>
        <source>Complete sale</source>
        <translation>Verkauf abschließen</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Erneut drucken</translation>
    </message>
    <message>
        <source>PDF receipt</source>
        <translation>Bon als PDF</translation>
    </message>
    <message>
        <source>A4 invoice</source>
        <translation>A4-Rechnung</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <source>New unit price</source>
        <translation>Neuer Einzelpreis</translation>
    </message>
    <message>
        <source>Price; empty restores the catalog price</source>
        <translation>Preis; leer stellt den Katalogpreis wieder her</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <source>Weight of %1 in grams</source>
        <translation>Gewicht von %1 in Gramm</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
</context>
<context>
    <name>ReceiptText</name>
    <message>
        <source>Tel. %1</source>
        <translation>Tel. %1</translation>
    </message>
    <message>
        <source>Tax no. %1</source>
        <translation>St.-Nr. %1</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>SUMME</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Bargeldrundung</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>Zu zahlen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Rückgeld</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Prices include tax.</source>
        <translation>Preise inkl. MwSt.</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>KOPIE</translation>
    </message>
    <message>
        <source>for receipt %1</source>
        <translation>zu Bon %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Gift card %1</source>
        <translation>Geschenkkarte %1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Stornorechnung</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>Date %1 %2</source>
        <translation>Datum %1 %2</translation>
    </message>
    <message>
        <source>Cashier %1</source>
        <translation>Kassierer %1</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Rechnungsempfänger</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Tax breakdown</source>
        <translation>MwSt.-Aufstellung</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>by</source>
        <translation>von</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Geschenkkarte</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>Stk.</translation>
    </message>
    <message>
        <source>Thank you for your visit!</source>
        <translation>Vielen Dank für Ihren Besuch!</translation>
    </message>
    <message>
        <source>Please keep this receipt.</source>
        <translation>Bitte bewahren Sie diesen Bon auf.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retoure</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Storno</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Stornos</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Gesamtumsatz</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>Zahlungsarten</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>gezählt</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Kassenlade</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Wechselgeldbestand</translation>
    </message>
    <message>
        <source>Cash taken</source>
        <translation>Bareinnahmen</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Einlage</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Entnahme</translation>
    </message>
    <message>
        <source>Expected in drawer</source>
        <translation>Soll in der Kassenlade</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Z-Bericht</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-Bericht</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Z report — shift closed</source>
        <translation>Z-Bericht — Schicht abgeschlossen</translation>
    </message>
    <message>
        <source>X report — shift so far</source>
        <translation>X-Bericht — Schicht bisher</translation>
    </message>
    <message>
        <source>Opened %1 with a float of %2</source>
        <translation>Geöffnet am %1 mit einem Wechselgeldbestand von %2</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Stornos</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation>Einlagen / Entnahmen</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <source>%1: net %2, tax %3, gross %4</source>
        <translation>%1: netto %2, MwSt. %3, brutto %4</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>Zahlungsarten</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Scan or type the receipt number (F2)</source>
        <translation>Bonnummer scannen oder eingeben (F2)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>return</source>
        <translation>Retoure</translation>
    </message>
    <message>
        <source>void</source>
        <translation>Storno</translation>
    </message>
    <message>
        <source>Find the sale the customer brings back</source>
        <translation>Bon suchen, aus dem der Kunde Ware zurückbringt</translation>
    </message>
    <message>
        <source>Sale %1 · %2 · %3</source>
        <translation>Bon %1 · %2 · %3</translation>
    </message>
    <message>
        <source>sold %1, returned %2</source>
        <translation>verkauft %1, zurückgegeben %2</translation>
    </message>
    <message>
        <source>sold %1</source>
        <translation>verkauft %1</translation>
    </message>
    <message>
        <source>Back on the shelf</source>
        <translation>Zurück ins Regal</translation>
    </message>
    <message>
        <source>Refund to</source>
        <translation>Erstattung auf</translation>
    </message>
    <message>
        <source>the original payment</source>
        <translation>ursprüngliche Zahlungsart</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Return everything</source>
        <translation>Alles zurücknehmen</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>Bon stornieren</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>%1 erstatten</translation>
    </message>
    <message>
        <source>Void sale %1</source>
        <translation>Bon %1 stornieren</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <source>voiding a sale</source>
        <translation>Storno eines Bons</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Erneut drucken</translation>
    </message>
    <message>
        <source>A4 invoice</source>
        <translation>A4-Rechnung</translation>
    </message>
</context>
<context>
    <name>SellPage</name>
    <message>
        <source>Scan, or type a name, SKU or barcode (F2)</source>
        <translation>Scannen oder Name, Artikelnr. oder Barcode eingeben (F2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 in stock</source>
        <translation>%1 auf Lager</translation>
    </message>
    <message>
        <source>%1 / kg</source>
        <translation>%1 / kg</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;</source>
        <translation>Keine Treffer für „%1“</translation>
    </message>
    <message>
        <source>Last sale %1</source>
        <translation>Letzter Bon %1</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Rückgeld: %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Summe %1</translation>
    </message>
    <message numerus="yes">
        <source>%n parked sale(s)</source>
        <translation>
            <numerusform>%n geparkter Bon</numerusform>
            <numerusform>%n geparkte Bons</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys: F2 search · F4 quantity · F5 line discount · F6 cart discount · F7 customer · F8 park · F9 parked · F10 price · F11 note · F12 pay · Ctrl+↑/↓ choose line · Ctrl+/- quantity · Ctrl+Del remove · Ctrl+D discard</source>
        <translation>Tasten: F2 Suche · F4 Menge · F5 Positionsrabatt · F6 Bonrabatt · F7 Kunde · F8 parken · F9 geparkte Bons · F10 Preis · F11 Notiz · F12 bezahlen · Ctrl+↑/↓ Position wählen · Ctrl+/- Menge · Ctrl+Del entfernen · Ctrl+D verwerfen</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Kein Kunde</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>price changed</source>
        <translation>Preis geändert</translation>
    </message>
    <message>
        <source>−%1 discount</source>
        <translation>−%1 Rabatt</translation>
    </message>
    <message>
        <source>Scan an article to start a sale</source>
        <translation>Artikel scannen, um einen Verkauf zu beginnen</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <source>incl. %1 tax on %2: %3</source>
        <translation>inkl. %1 MwSt. auf %2: %3</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parken</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Geparkt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Geschenkkarte</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Bezahlen %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Dunkles Design</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation>Diese Kasse</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Unternehmen: %1</translation>
    </message>
    <message>
        <source>Shop: %1</source>
        <translation>Filiale: %1</translation>
    </message>
    <message>
        <source>Receipt numbers: %1-…</source>
        <translation>Bonnummern: %1-…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>This is the demo: sales stay on this computer.</source>
        <translation>Dies ist die Demo: Verkäufe bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Bondrucker</translation>
    </message>
    <message>
        <source>tcp://192.168.1.50:9100, serial:/dev/ttyUSB0?baud=19200 or empty</source>
        <translation>tcp://192.168.1.50:9100, serial:/dev/ttyUSB0?baud=19200 oder leer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) waiting: %1</source>
        <translation>
            <numerusform>%n Bon wartet: %1</numerusform>
            <numerusform>%n Bons warten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Printer ready</source>
        <translation>Drucker bereit</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Welcome to Kassa</source>
        <translation>Willkommen bei Kassa</translation>
    </message>
    <message>
        <source>Try Kassa on a demo shop: three companies, their shops, products, stock and a year of sales, on this computer only.</source>
        <translation>Testen Sie Kassa mit einem Demo-Geschäft: drei Unternehmen, ihre Filialen, Artikel, Bestände und ein Jahr Verkäufe – nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>Try the demo shop</source>
        <translation>Demo-Geschäft ausprobieren</translation>
    </message>
    <message>
        <source>Or sell standalone on a Kassa database</source>
        <translation>Oder eigenständig mit einer Kassa-Datenbank verkaufen</translation>
    </message>
    <message>
        <source>Database file, e.g. /var/lib/kassa/shop.db</source>
        <translation>Datenbankdatei, z. B. /var/lib/kassa/shop.db</translation>
    </message>
    <message>
        <source>Shop (its short name, e.g. berlin-mitte)</source>
        <translation>Filiale (Kurzname, z. B. berlin-mitte)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <source>Shift open since %1</source>
        <translation>Schicht offen seit %1</translation>
    </message>
    <message>
        <source>No shift is open</source>
        <translation>Keine Schicht offen</translation>
    </message>
    <message>
        <source>Float in the drawer</source>
        <translation>Wechselgeldbestand in der Kassenlade</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Schicht öffnen</translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation>Einlage oder Entnahme</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Reason, e.g. change from the bank, paid the window cleaner</source>
        <translation>Grund, z. B. Wechselgeld von der Bank, Fensterputzer bezahlt</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Einlage</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Entnahme</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X-Bericht</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Schicht abschließen</translation>
    </message>
    <message>
        <source>Count the drawer (the float included) and enter the card terminal&apos;s batch total. The expected figures show after the close.</source>
        <translation>Zählen Sie die Kassenlade (inklusive Wechselgeldbestand) und geben Sie die Summe des Kassenschnitts am Kartenterminal ein. Die Sollbeträge werden nach dem Abschluss angezeigt.</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Gezähltes Bargeld</translation>
    </message>
    <message>
        <source>Card batch total (optional)</source>
        <translation>Kassenschnitt Kartenterminal (optional)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Close with this count</source>
        <translation>Mit diesem Zählergebnis abschließen</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Zählung…</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Noch kein Bericht</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>%1 — who is selling?</source>
        <translation>%1 — wer kassiert?</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>PIN für %1</translation>
    </message>
    <message>
        <source>Choose your name</source>
        <translation>Wählen Sie Ihren Namen</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Or with e-mail and password</source>
        <translation>Oder mit E-Mail und Passwort</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <source>● Standalone</source>
        <translation>● Eigenständig</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) waiting to sync</source>
        <translation>
            <numerusform>%n Vorgang wartet auf Synchronisierung</numerusform>
            <numerusform>%n Vorgänge warten auf Synchronisierung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer: %1 (%n receipt(s) queued)</source>
        <translation>
            <numerusform>Drucker: %1 (%n Bon in der Warteschlange)</numerusform>
            <numerusform>Drucker: %1 (%n Bons in der Warteschlange)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) printing</source>
        <translation>
            <numerusform>%n Bon wird gedruckt</numerusform>
            <numerusform>%n Bons werden gedruckt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kassa::FilePrinterTransport</name>
    <message>
        <source>Cannot write to the printer file %1: %2</source>
        <translation>In die Druckerdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>kassa::NetworkPrinterTransport</name>
    <message>
        <source>The receipt printer at %1 does not take the receipt. Is it out of paper or is its cover open?</source>
        <translation>Der Bondrucker unter %1 nimmt den Bon nicht an. Ist das Papier leer oder der Deckel offen?</translation>
    </message>
    <message>
        <source>The receipt printer at %1 does not answer. Check that it is switched on and connected.</source>
        <translation>Der Bondrucker unter %1 antwortet nicht. Prüfen Sie, ob er eingeschaltet und angeschlossen ist.</translation>
    </message>
    <message>
        <source>The receipt printer at %1 is still busy with the previous job.</source>
        <translation>Der Bondrucker unter %1 ist noch mit dem vorherigen Auftrag beschäftigt.</translation>
    </message>
    <message>
        <source>The receipt printer at %1 closed the connection before the receipt was sent.</source>
        <translation>Der Bondrucker unter %1 hat die Verbindung getrennt, bevor der Bon gesendet war.</translation>
    </message>
    <message>
        <source>The receipt printer at %1 refuses the connection. Is it switched on?</source>
        <translation>Der Bondrucker unter %1 verweigert die Verbindung. Ist er eingeschaltet?</translation>
    </message>
    <message>
        <source>The receipt printer&apos;s address %1 is unknown.</source>
        <translation>Die Adresse %1 des Bondruckers ist unbekannt.</translation>
    </message>
    <message>
        <source>The receipt printer at %1 cannot be reached: %2</source>
        <translation>Der Bondrucker unter %1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>kassa::PrinterTransport</name>
    <message>
        <source>A network printer needs a host: tcp://HOST:9100</source>
        <translation>Ein Netzwerkdrucker braucht einen Host: tcp://HOST:9100</translation>
    </message>
    <message>
        <source>A serial printer needs a port: serial:/dev/ttyUSB0?baud=19200</source>
        <translation>Ein serieller Drucker braucht einen Port: serial:/dev/ttyUSB0?baud=19200</translation>
    </message>
    <message>
        <source>The baud rate of %1 is not a number</source>
        <translation>Die Baudrate in %1 ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is not a printer address (tcp://HOST:PORT, serial:PORT?baud=N or file:PATH)</source>
        <translation>%1 ist keine Druckeradresse (tcp://HOST:PORT, serial:PORT?baud=N oder file:PATH)</translation>
    </message>
</context>
<context>
    <name>kassa::SerialPrinterTransport</name>
    <message>
        <source>The receipt printer on %1 does not take the receipt. Is it out of paper, or is the baud rate wrong?</source>
        <translation>Der Bondrucker an %1 nimmt den Bon nicht an. Ist das Papier leer oder die Baudrate falsch?</translation>
    </message>
    <message>
        <source>The receipt printer on %1 cannot be opened: %2</source>
        <translation>Der Bondrucker an %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The receipt printer on %1 failed: %2</source>
        <translation>Fehler am Bondrucker an %1: %2</translation>
    </message>
    <message>
        <source>The receipt printer on %1 is still busy with the previous job.</source>
        <translation>Der Bondrucker an %1 ist noch mit dem vorherigen Auftrag beschäftigt.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ClientSession</name>
    <message>
        <source>The terminal&apos;s database %1 cannot be opened: %2</source>
        <translation>Die Datenbank %1 dieser Kasse kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>This terminal&apos;s identity cannot be read: %1</source>
        <translation>Die Kennung dieser Kasse kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Choose the shop this terminal sells for.</source>
        <translation>Wählen Sie die Filiale, für die diese Kasse verkauft.</translation>
    </message>
    <message>
        <source>There is no open shop &quot;%1&quot; in this database.</source>
        <translation>In dieser Datenbank gibt es keine geöffnete Filiale „%1“.</translation>
    </message>
    <message>
        <source>kassactl is missing beside kassa (%1): it makes the demo data.</source>
        <translation>kassactl fehlt neben kassa (%1): Es erzeugt die Demodaten.</translation>
    </message>
    <message>
        <source>The demo data could not be made: %1</source>
        <translation>Die Demodaten konnten nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>Preparing the demo shop: products, stock, customers and a year of sales. This takes about a minute, once.</source>
        <translation>Das Demo-Geschäft wird vorbereitet: Artikel, Bestände, Kunden und ein Jahr Verkäufe. Das dauert einmalig etwa eine Minute.</translation>
    </message>
    <message>
        <source>%1 does not work in this shop.</source>
        <translation>%1 arbeitet nicht in dieser Filiale.</translation>
    </message>
    <message>
        <source>%1 may not use a till.</source>
        <translation>%1 darf keine Kasse bedienen.</translation>
    </message>
    <message>
        <source>Wrong PIN. After 5 wrong PINs the PIN is locked for 5 minutes.</source>
        <translation>Falsche PIN. Nach 5 falschen Eingaben wird die PIN für 5 Minuten gesperrt.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: this PIN is locked for a few minutes. A manager can reset it.</source>
        <translation>Zu viele falsche PINs: Diese PIN ist für einige Minuten gesperrt. Die Filialleitung kann sie zurücksetzen.</translation>
    </message>
    <message>
        <source>This account cannot sign in. Ask your manager.</source>
        <translation>Dieses Konto kann sich nicht anmelden. Wenden Sie sich an Ihre Filialleitung.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>E-Mail-Adresse oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for 15 minutes.</source>
        <translation>Zu viele falsche Passwörter: Dieses Konto ist für 15 Minuten gesperrt.</translation>
    </message>
    <message>
        <source>No one at %1 has the e-mail address %2.</source>
        <translation>Bei %1 hat niemand die E-Mail-Adresse %2.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: this PIN is locked for a few minutes.</source>
        <translation>Zu viele falsche PINs: Diese PIN ist für einige Minuten gesperrt.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message>
        <source>%1 may not approve this.</source>
        <translation>%1 darf dies nicht freigeben.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ParkedSalesModel</name>
    <message numerus="yes">
        <source>Sale with %n line(s)</source>
        <translation>
            <numerusform>Bon mit %n Position</numerusform>
            <numerusform>Bon mit %n Positionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReceiptController</name>
    <message>
        <source>The printer address is not usable: %1</source>
        <translation>Die Druckeradresse ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>No receipt printer is set up (Settings).</source>
        <translation>Es ist kein Bondrucker eingerichtet (Einstellungen).</translation>
    </message>
    <message>
        <source>The receipt could not be queued: %1</source>
        <translation>Der Bon konnte nicht in die Warteschlange gestellt werden: %1</translation>
    </message>
    <message>
        <source>The report could not be queued: %1</source>
        <translation>Der Bericht konnte nicht in die Warteschlange gestellt werden: %1</translation>
    </message>
    <message>
        <source>The receipt could not be read: %1</source>
        <translation>Der Bon konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>Das PDF konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReturnController</name>
    <message>
        <source>Changed mind</source>
        <translation>Nicht mehr gewünscht</translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation>Falsche Größe</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Defekt</translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation>Transportschaden</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Falscher Artikel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>%1 is a return or a void itself: find the sale it belongs to.</source>
        <translation>%1 ist selbst eine Retoure oder ein Storno: Suchen Sie den zugehörigen Verkauf.</translation>
    </message>
    <message>
        <source>This sale was voided: nothing is left to return.</source>
        <translation>Dieser Verkauf wurde storniert: Es kann nichts mehr zurückgegeben werden.</translation>
    </message>
    <message>
        <source>No sale has the receipt number %1.</source>
        <translation>Kein Verkauf hat die Bonnummer %1.</translation>
    </message>
    <message>
        <source>At most %1 of this line can come back.</source>
        <translation>Von dieser Position können höchstens %1 zurückgegeben werden.</translation>
    </message>
    <message>
        <source>Choose what comes back first.</source>
        <translation>Wählen Sie zuerst aus, was zurückgegeben wird.</translation>
    </message>
    <message>
        <source>Find the sale first.</source>
        <translation>Suchen Sie zuerst den Verkauf.</translation>
    </message>
    <message>
        <source>Voided at the till</source>
        <translation>An der Kasse storniert</translation>
    </message>
</context>
<context>
    <name>kassa::ui::SearchModel</name>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>kassa::ui::SellController</name>
    <message>
        <source>%1&apos;s sale</source>
        <translation>Bon von %1</translation>
    </message>
    <message>
        <source>Not enough in stock: %1</source>
        <translation>Nicht genug auf Lager: %1</translation>
    </message>
    <message>
        <source>Open a shift first.</source>
        <translation>Öffnen Sie zuerst eine Schicht.</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Nicht erlaubt: %1</translation>
    </message>
    <message>
        <source>Unknown code: %1</source>
        <translation>Unbekannter Code: %1</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished sale(s) from before the restart are parked: resume them from Parked sales.</source>
        <translation>
            <numerusform>%n nicht abgeschlossener Bon von vor dem Neustart wurde geparkt: Setzen Sie ihn unter „Geparkte Bons“ fort.</numerusform>
            <numerusform>%n nicht abgeschlossene Bons von vor dem Neustart wurden geparkt: Setzen Sie sie unter „Geparkte Bons“ fort.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cart could not be saved: %1</source>
        <translation>Der Bon konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>Die Menge muss größer als null sein.</translation>
    </message>
    <message>
        <source>A weighed article&apos;s quantity comes from its label.</source>
        <translation>Die Menge eines Wiegeartikels kommt von seinem Etikett.</translation>
    </message>
    <message>
        <source>all lines removed</source>
        <translation>alle Positionen entfernt</translation>
    </message>
    <message>
        <source>A discount is a percentage from 0 to 100 or an amount.</source>
        <translation>Ein Rabatt ist ein Prozentsatz von 0 bis 100 oder ein Betrag.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no price.</source>
        <translation>„%1“ ist kein Preis.</translation>
    </message>
    <message>
        <source>A gift card needs its code and an amount.</source>
        <translation>Eine Geschenkkarte braucht ihren Code und einen Betrag.</translation>
    </message>
    <message>
        <source>Gift card %1</source>
        <translation>Geschenkkarte %1</translation>
    </message>
    <message>
        <source>Unknown kind of payment: %1</source>
        <translation>Unbekannte Zahlungsart: %1</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>Der Bon ist leer.</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Es ist nichts offen.</translation>
    </message>
    <message>
        <source>Store credit needs the customer: attach her first.</source>
        <translation>Guthaben erfordert einen Kunden: Ordnen Sie ihn zuerst zu.</translation>
    </message>
    <message>
        <source>A manager must approve: %1</source>
        <translation>Freigabe durch die Filialleitung nötig: %1</translation>
    </message>
    <message>
        <source>%1 is still due.</source>
        <translation>Noch offen: %1.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ShiftController</name>
    <message>
        <source>&quot;%1&quot; is no amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>Say why the cash goes in or out.</source>
        <translation>Geben Sie den Grund für die Einlage oder Entnahme an.</translation>
    </message>
    <message>
        <source>Count the cash in the drawer and enter it (the float included).</source>
        <translation>Zählen Sie das Bargeld in der Kassenlade und geben Sie es ein (inklusive Wechselgeldbestand).</translation>
    </message>
</context>
<context>
    <name>kassa::ui::StaffModel</name>
    <message>
        <source>Platform administrator</source>
        <translation>Plattform-Administrator</translation>
    </message>
    <message>
        <source>Company administrator</source>
        <translation>Unternehmens-Administrator</translation>
    </message>
    <message>
        <source>Shop manager</source>
        <translation>Filialleiter</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
</context>
<context>
    <name>kassa::ui::TenderModel</name>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Geschenkkarte</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
</TS>
