<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApprovalPanel</name>
    <message>
        <source>A manager must approve: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackOfficePage</name>
    <message>
        <source>Back office — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest documents of this shop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this sale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and attach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscardDialog</name>
    <message>
        <source>Discard this sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <source>Discount on this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10% or an amount; empty removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GiftCardDialog</name>
    <message>
        <source>Sell a gift card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card code (scan it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to sale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Kassa — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kassa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note on this sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. collects the rest on Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenShiftPanel</name>
    <message>
        <source>Open the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the change in the drawer (the float) and enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParkDialog</name>
    <message>
        <source>Park this sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name to find it again (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <source>Parked sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parked sales</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Sale complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash rounding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (empty: what is due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown gift card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit balance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 invoice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <source>New unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price; empty restores the catalog price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <source>Weight of %1 in grams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptText</name>
    <message>
        <source>Tel. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices include tax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your visit!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep this receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected in drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Z report — shift closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report — shift so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 with a float of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: net %2, tax %3, gross %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Scan or type the receipt number (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the sale the customer brings back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sold %1, returned %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back on the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the original payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void sale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voiding a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 invoice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellPage</name>
    <message>
        <source>Scan, or type a name, SKU or barcode (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n parked sale(s)</source>
        <translation>
            <numerusform>%n parked sale</numerusform>
            <numerusform>%n parked sales</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys: F2 search · F4 quantity · F5 line discount · F6 cart discount · F7 customer · F8 park · F9 parked · F10 price · F11 note · F12 pay · Ctrl+↑/↓ choose line · Ctrl+/- quantity · Ctrl+Del remove · Ctrl+D discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1 discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan an article to start a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incl. %1 tax on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt numbers: %1-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo: sales stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp://192.168.1.50:9100, serial:/dev/ttyUSB0?baud=19200 or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) waiting: %1</source>
        <translation>
            <numerusform>%n receipt waiting: %1</numerusform>
            <numerusform>%n receipts waiting: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Printer ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Welcome to Kassa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Kassa on a demo shop: three companies, their shops, products, stock and a year of sales, on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or sell standalone on a Kassa database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file, e.g. /var/lib/kassa/shop.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop (its short name, e.g. berlin-mitte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <source>Shift open since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float in the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason, e.g. change from the bank, paid the window cleaner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the drawer (the float included) and enter the card terminal&apos;s batch total. The expected figures show after the close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card batch total (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close with this count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>%1 — who is selling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or with e-mail and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Standalone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) waiting to sync</source>
        <translation>
            <numerusform>%n operation waiting to sync</numerusform>
            <numerusform>%n operations waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer: %1 (%n receipt(s) queued)</source>
        <translation>
            <numerusform>Printer: %1 (%n receipt queued)</numerusform>
            <numerusform>Printer: %1 (%n receipts queued)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) printing</source>
        <translation>
            <numerusform>%n receipt printing</numerusform>
            <numerusform>%n receipts printing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kassa::FilePrinterTransport</name>
    <message>
        <source>Cannot write to the printer file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::NetworkPrinterTransport</name>
    <message>
        <source>The receipt printer at %1 does not take the receipt. Is it out of paper or is its cover open?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer at %1 does not answer. Check that it is switched on and connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer at %1 is still busy with the previous job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer at %1 closed the connection before the receipt was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer at %1 refuses the connection. Is it switched on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer&apos;s address %1 is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer at %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::PrinterTransport</name>
    <message>
        <source>A network printer needs a host: tcp://HOST:9100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serial printer needs a port: serial:/dev/ttyUSB0?baud=19200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baud rate of %1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a printer address (tcp://HOST:PORT, serial:PORT?baud=N or file:PATH)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::SerialPrinterTransport</name>
    <message>
        <source>The receipt printer on %1 does not take the receipt. Is it out of paper, or is the baud rate wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer on %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer on %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer on %1 is still busy with the previous job.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::ClientSession</name>
    <message>
        <source>The terminal&apos;s database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal&apos;s identity cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the shop this terminal sells for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open shop &quot;%1&quot; in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kassactl is missing beside kassa (%1): it makes the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo shop: products, stock, customers and a year of sales. This takes about a minute, once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not work in this shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not use a till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. After 5 wrong PINs the PIN is locked for 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs: this PIN is locked for a few minutes. A manager can reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account cannot sign in. Ask your manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for 15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one at %1 has the e-mail address %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs: this PIN is locked for a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not approve this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::ParkedSalesModel</name>
    <message numerus="yes">
        <source>Sale with %n line(s)</source>
        <translation>
            <numerusform>Sale with %n line</numerusform>
            <numerusform>Sale with %n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReceiptController</name>
    <message>
        <source>The printer address is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt printer is set up (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReturnController</name>
    <message>
        <source>Changed mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a return or a void itself: find the sale it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale was voided: nothing is left to return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale has the receipt number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 of this line can come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what comes back first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the sale first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided at the till</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::SearchModel</name>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::SellController</name>
    <message>
        <source>%1&apos;s sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough in stock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shift first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished sale(s) from before the restart are parked: resume them from Parked sales.</source>
        <translation>
            <numerusform>%n unfinished sale from before the restart is parked: resume it from Parked sales.</numerusform>
            <numerusform>%n unfinished sales from before the restart are parked: resume them from Parked sales.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cart could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weighed article&apos;s quantity comes from its label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all lines removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount is a percentage from 0 to 100 or an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gift card needs its code and an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of payment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit needs the customer: attach her first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager must approve: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still due.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::ShiftController</name>
    <message>
        <source>&quot;%1&quot; is no amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the cash goes in or out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the cash in the drawer and enter it (the float included).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::StaffModel</name>
    <message>
        <source>Platform administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kassa::ui::TenderModel</name>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
