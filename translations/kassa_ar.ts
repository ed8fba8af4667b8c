<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>ApprovalPanel</name>
    <message>
        <source>A manager must approve: %1</source>
        <translation>يلزم موافقة المدير: %1</translation>
    </message>
    <message>
        <source>Manager&apos;s PIN</source>
        <translation>رمز PIN الخاص بالمدير</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
</context>
<context>
    <name>BackOfficePage</name>
    <message>
        <source>Back office — %1</source>
        <translation>الإدارة — %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Latest documents of this shop</source>
        <translation>أحدث مستندات هذا المتجر</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>On this sale: %1</source>
        <translation>في عملية البيع هذه: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Name, phone or e-mail</source>
        <translation>الاسم أو الهاتف أو البريد الإلكتروني</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Create and attach</source>
        <translation>إنشاء وربط</translation>
    </message>
</context>
<context>
    <name>DiscardDialog</name>
    <message>
        <source>Discard this sale</source>
        <translation>حذف عملية البيع هذه</translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation>السبب (إلزامي)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <source>Discount on this line</source>
        <translation>خصم على هذا البند</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>خصم على كامل عملية البيع</translation>
    </message>
    <message>
        <source>10% or an amount; empty removes it</source>
        <translation>10% أو مبلغ؛ تركه فارغًا يزيل الخصم</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
</context>
<context>
    <name>GiftCardDialog</name>
    <message>
        <source>Sell a gift card</source>
        <translation>بيع بطاقة هدية</translation>
    </message>
    <message>
        <source>Card code (scan it)</source>
        <translation>رمز البطاقة (امسحه ضوئيًا)</translation>
    </message>
    <message>
        <source>Balance now %1</source>
        <translation>الرصيد الحالي %1</translation>
    </message>
    <message>
        <source>Amount to load</source>
        <translation>المبلغ المراد شحنه</translation>
    </message>
    <message>
        <source>Add to sale</source>
        <translation>إضافة إلى عملية البيع</translation>
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
        <translation>البيع</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>المرتجعات</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>الوردية</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
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
        <translation>ملاحظة على عملية البيع</translation>
    </message>
    <message>
        <source>e.g. collects the rest on Friday</source>
        <translation>مثلًا: يستلم بقية الطلب يوم الجمعة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
</context>
<context>
    <name>OpenShiftPanel</name>
    <message>
        <source>Open the shift</source>
        <translation>فتح الوردية</translation>
    </message>
    <message>
        <source>Count the change in the drawer (the float) and enter it.</source>
        <translation>عُدّ الفكّة في درج النقود (الرصيد الافتتاحي) وأدخل المبلغ.</translation>
    </message>
    <message>
        <source>Float, e.g. %1</source>
        <translation>الرصيد الافتتاحي، مثلًا %1</translation>
    </message>
</context>
<context>
    <name>ParkDialog</name>
    <message>
        <source>Park this sale</source>
        <translation>تعليق عملية البيع هذه</translation>
    </message>
    <message>
        <source>A name to find it again (optional)</source>
        <translation>اسم للعثور عليها لاحقًا (اختياري)</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>تعليق</translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <source>Parked sales</source>
        <translation>المبيعات المعلّقة</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n بند</numerusform>
            <numerusform>%n بند</numerusform>
            <numerusform>%n بند</numerusform>
            <numerusform>%n بنود</numerusform>
            <numerusform>%n بندًا</numerusform>
            <numerusform>%n بند</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>No parked sales</source>
        <translation>لا توجد مبيعات معلّقة</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Sale complete</source>
        <translation>اكتملت عملية البيع</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>الدفع</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>الإيصال %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>الباقي %1</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>العميل التالي</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>المستحق</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>الباقي</translation>
    </message>
    <message>
        <source>Cash rounding %1</source>
        <translation>التقريب النقدي %1</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>بطاقة هدية</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>رصيد المتجر</translation>
    </message>
    <message>
        <source>Amount (empty: what is due)</source>
        <translation>المبلغ (فارغ: المبلغ المستحق)</translation>
    </message>
    <message>
        <source>Terminal reference</source>
        <translation>مرجع جهاز الدفع</translation>
    </message>
    <message>
        <source>Gift card code</source>
        <translation>رمز بطاقة الهدية</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>الرصيد %1</translation>
    </message>
    <message>
        <source>Unknown gift card</source>
        <translation>بطاقة هدية غير معروفة</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Store credit balance %1</source>
        <translation>رصيد المتجر %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>الباقي %1</translation>
    </message>
    <message>
        <source>Complete sale</source>
        <translation>إتمام البيع</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>إعادة الطباعة</translation>
    </message>
    <message>
        <source>PDF receipt</source>
        <translation>إيصال PDF</translation>
    </message>
    <message>
        <source>A4 invoice</source>
        <translation>فاتورة A4</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <source>New unit price</source>
        <translation>سعر وحدة جديد</translation>
    </message>
    <message>
        <source>Price; empty restores the catalog price</source>
        <translation>السعر؛ تركه فارغًا يعيد سعر الكتالوج</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <source>Weight of %1 in grams</source>
        <translation>وزن %1 بالغرام</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
</context>
<context>
    <name>ReceiptText</name>
    <message>
        <source>Tel. %1</source>
        <translation>هاتف %1</translation>
    </message>
    <message>
        <source>Tax no. %1</source>
        <translation>الرقم الضريبي %1</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>المجموع الفرعي</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>الخصومات</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>التقريب النقدي</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>المطلوب دفعه</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>الباقي</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Prices include tax.</source>
        <translation>الأسعار شاملة الضريبة.</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>نسخة</translation>
    </message>
    <message>
        <source>for receipt %1</source>
        <translation>للإيصال %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>أمين الصندوق</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <source>Gift card %1</source>
        <translation>بطاقة هدية %1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>فاتورة</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>إشعار دائن</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>رقم %1</translation>
    </message>
    <message>
        <source>Date %1 %2</source>
        <translation>التاريخ %1 %2</translation>
    </message>
    <message>
        <source>Cashier %1</source>
        <translation>أمين الصندوق %1</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>فاتورة إلى</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Tax breakdown</source>
        <translation>تفصيل الضريبة</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>صفحة %1 من %2</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>الفتح</translation>
    </message>
    <message>
        <source>by</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>الإغلاق</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>الوردية</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>الضرائب</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>بطاقة هدية</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>رصيد المتجر</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>قسيمة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>قطعة</translation>
    </message>
    <message>
        <source>Thank you for your visit!</source>
        <translation>شكرًا لزيارتكم!</translation>
    </message>
    <message>
        <source>Please keep this receipt.</source>
        <translation>يُرجى الاحتفاظ بهذا الإيصال.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>إيصال</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>المرتجعات</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>الإلغاءات</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>صافي المبيعات</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>طرق الدفع</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>(المتوقع)</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>(المعدود)</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>(الفرق)</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>درج النقود</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>الرصيد الافتتاحي</translation>
    </message>
    <message>
        <source>Cash taken</source>
        <translation>النقد المحصَّل</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>إيداع</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>Expected in drawer</source>
        <translation>المتوقع في الدرج</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>تقرير Z</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>تقرير X</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Z report — shift closed</source>
        <translation>تقرير Z — أُغلقت الوردية</translation>
    </message>
    <message>
        <source>X report — shift so far</source>
        <translation>تقرير X — الوردية حتى الآن</translation>
    </message>
    <message>
        <source>Opened %1 with a float of %2</source>
        <translation>فُتحت في %1 برصيد افتتاحي قدره %2</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>المرتجعات</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>الإلغاءات</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>الخصومات</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation>إيداع / سحب نقدي</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>الضرائب</translation>
    </message>
    <message>
        <source>%1: net %2, tax %3, gross %4</source>
        <translation>%1: الصافي %2، الضريبة %3، الإجمالي %4</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>طرق الدفع</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>لم يُعدّ</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Scan or type the receipt number (F2)</source>
        <translation>امسح رقم الإيصال ضوئيًا أو اكتبه (F2)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>بيع</translation>
    </message>
    <message>
        <source>return</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <source>void</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Find the sale the customer brings back</source>
        <translation>ابحث عن عملية البيع التي يُرجع العميل منها</translation>
    </message>
    <message>
        <source>Sale %1 · %2 · %3</source>
        <translation>عملية البيع %1 · %2 · %3</translation>
    </message>
    <message>
        <source>sold %1, returned %2</source>
        <translation>المباع %1، المُرجَع %2</translation>
    </message>
    <message>
        <source>sold %1</source>
        <translation>المباع %1</translation>
    </message>
    <message>
        <source>Back on the shelf</source>
        <translation>إعادة إلى الرف</translation>
    </message>
    <message>
        <source>Refund to</source>
        <translation>رد المبلغ إلى</translation>
    </message>
    <message>
        <source>the original payment</source>
        <translation>وسيلة الدفع الأصلية</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>رصيد المتجر</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Return everything</source>
        <translation>إرجاع الكل</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>إلغاء عملية البيع</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>رد %1</translation>
    </message>
    <message>
        <source>Void sale %1</source>
        <translation>إلغاء عملية البيع %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>إلغاء البيع</translation>
    </message>
    <message>
        <source>voiding a sale</source>
        <translation>إلغاء عملية بيع</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>إعادة الطباعة</translation>
    </message>
    <message>
        <source>A4 invoice</source>
        <translation>فاتورة A4</translation>
    </message>
</context>
<context>
    <name>SellPage</name>
    <message>
        <source>Scan, or type a name, SKU or barcode (F2)</source>
        <translation>امسح ضوئيًا أو اكتب اسمًا أو رمز SKU أو باركود (F2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 in stock</source>
        <translation>%1 في المخزون</translation>
    </message>
    <message>
        <source>%1 / kg</source>
        <translation>%1 / كغ</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;</source>
        <translation>لا نتائج مطابقة لـ «%1»</translation>
    </message>
    <message>
        <source>Last sale %1</source>
        <translation>آخر عملية بيع %1</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>الباقي: %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>الإجمالي %1</translation>
    </message>
    <message numerus="yes">
        <source>%n parked sale(s)</source>
        <translation>
            <numerusform>%n عملية بيع معلّقة</numerusform>
            <numerusform>%n عملية بيع معلّقة</numerusform>
            <numerusform>%n عملية بيع معلّقة</numerusform>
            <numerusform>%n عمليات بيع معلّقة</numerusform>
            <numerusform>%n عملية بيع معلّقة</numerusform>
            <numerusform>%n عملية بيع معلّقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys: F2 search · F4 quantity · F5 line discount · F6 cart discount · F7 customer · F8 park · F9 parked · F10 price · F11 note · F12 pay · Ctrl+↑/↓ choose line · Ctrl+/- quantity · Ctrl+Del remove · Ctrl+D discard</source>
        <translation>المفاتيح: F2 بحث · F4 الكمية · F5 خصم البند · F6 خصم السلة · F7 العميل · F8 تعليق · F9 المعلّقة · F10 السعر · F11 ملاحظة · F12 دفع · Ctrl+↑/↓ اختيار البند · Ctrl+/- الكمية · Ctrl+Del إزالة · Ctrl+D حذف</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>العميل: %1</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>بلا عميل</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>price changed</source>
        <translation>تم تغيير السعر</translation>
    </message>
    <message>
        <source>−%1 discount</source>
        <translation>خصم −%1</translation>
    </message>
    <message>
        <source>Scan an article to start a sale</source>
        <translation>امسح صنفًا ضوئيًا لبدء عملية بيع</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>المجموع الفرعي</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>الخصومات</translation>
    </message>
    <message>
        <source>incl. %1 tax on %2: %3</source>
        <translation>يشمل ضريبة %1 على %2: %3</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>المعلّقة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>بطاقة هدية</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>دفع %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>المظهر الداكن</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation>نقطة البيع هذه</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>الشركة: %1</translation>
    </message>
    <message>
        <source>Shop: %1</source>
        <translation>المتجر: %1</translation>
    </message>
    <message>
        <source>Receipt numbers: %1-…</source>
        <translation>أرقام الإيصالات: %1-…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>This is the demo: sales stay on this computer.</source>
        <translation>هذه نسخة تجريبية: تبقى المبيعات على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>طابعة الإيصالات</translation>
    </message>
    <message>
        <source>tcp://192.168.1.50:9100, serial:/dev/ttyUSB0?baud=19200 or empty</source>
        <translation>tcp://192.168.1.50:9100 أو serial:/dev/ttyUSB0?baud=19200 أو فارغ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>إعادة المحاولة الآن</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) waiting: %1</source>
        <translation>
            <numerusform>%n إيصال في الانتظار: %1</numerusform>
            <numerusform>%n إيصال في الانتظار: %1</numerusform>
            <numerusform>%n إيصال في الانتظار: %1</numerusform>
            <numerusform>%n إيصالات في الانتظار: %1</numerusform>
            <numerusform>%n إيصالًا في الانتظار: %1</numerusform>
            <numerusform>%n إيصال في الانتظار: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Printer ready</source>
        <translation>الطابعة جاهزة</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Welcome to Kassa</source>
        <translation>مرحبًا بك في Kassa</translation>
    </message>
    <message>
        <source>Try Kassa on a demo shop: three companies, their shops, products, stock and a year of sales, on this computer only.</source>
        <translation>جرّب Kassa على متجر تجريبي: ثلاث شركات ومتاجرها ومنتجاتها ومخزونها ومبيعات عام كامل، على هذا الحاسوب فقط.</translation>
    </message>
    <message>
        <source>Try the demo shop</source>
        <translation>جرّب المتجر التجريبي</translation>
    </message>
    <message>
        <source>Or sell standalone on a Kassa database</source>
        <translation>أو بِع بشكل مستقل على قاعدة بيانات Kassa</translation>
    </message>
    <message>
        <source>Database file, e.g. /var/lib/kassa/shop.db</source>
        <translation>ملف قاعدة البيانات، مثلًا /var/lib/kassa/shop.db</translation>
    </message>
    <message>
        <source>Shop (its short name, e.g. berlin-mitte)</source>
        <translation>المتجر (اسمه المختصر، مثلًا berlin-mitte)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <source>Shift open since %1</source>
        <translation>الوردية مفتوحة منذ %1</translation>
    </message>
    <message>
        <source>No shift is open</source>
        <translation>لا توجد وردية مفتوحة</translation>
    </message>
    <message>
        <source>Float in the drawer</source>
        <translation>الرصيد الافتتاحي في الدرج</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>فتح الوردية</translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation>إيداع أو سحب نقدي</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Reason, e.g. change from the bank, paid the window cleaner</source>
        <translation>السبب، مثلًا فكّة من البنك، دفع أجرة منظف النوافذ</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>إيداع</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>تقرير X</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>إغلاق الوردية</translation>
    </message>
    <message>
        <source>Count the drawer (the float included) and enter the card terminal&apos;s batch total. The expected figures show after the close.</source>
        <translation>عُدّ النقد في الدرج (شاملًا الرصيد الافتتاحي) وأدخل إجمالي تسوية جهاز البطاقات. تظهر المبالغ المتوقعة بعد الإغلاق.</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>النقد المعدود</translation>
    </message>
    <message>
        <source>Card batch total (optional)</source>
        <translation>إجمالي تسوية جهاز البطاقات (اختياري)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Close with this count</source>
        <translation>إغلاق بهذا العدّ</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>لا يوجد تقرير بعد</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>%1 — who is selling?</source>
        <translation>%1 — من يبيع؟</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>رمز PIN لـ %1</translation>
    </message>
    <message>
        <source>Choose your name</source>
        <translation>اختر اسمك</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>Or with e-mail and password</source>
        <translation>أو بالبريد الإلكتروني وكلمة المرور</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
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
        <translation>● متصل</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● غير متصل</translation>
    </message>
    <message>
        <source>● Standalone</source>
        <translation>● مستقل</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) waiting to sync</source>
        <translation>
            <numerusform>%n عملية بانتظار المزامنة</numerusform>
            <numerusform>%n عملية بانتظار المزامنة</numerusform>
            <numerusform>%n عملية بانتظار المزامنة</numerusform>
            <numerusform>%n عمليات بانتظار المزامنة</numerusform>
            <numerusform>%n عملية بانتظار المزامنة</numerusform>
            <numerusform>%n عملية بانتظار المزامنة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer: %1 (%n receipt(s) queued)</source>
        <translation>
            <numerusform>الطابعة: %1 (%n إيصال في قائمة الانتظار)</numerusform>
            <numerusform>الطابعة: %1 (%n إيصال في قائمة الانتظار)</numerusform>
            <numerusform>الطابعة: %1 (%n إيصال في قائمة الانتظار)</numerusform>
            <numerusform>الطابعة: %1 (%n إيصالات في قائمة الانتظار)</numerusform>
            <numerusform>الطابعة: %1 (%n إيصالًا في قائمة الانتظار)</numerusform>
            <numerusform>الطابعة: %1 (%n إيصال في قائمة الانتظار)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) printing</source>
        <translation>
            <numerusform>جارٍ طباعة %n إيصال</numerusform>
            <numerusform>جارٍ طباعة %n إيصال</numerusform>
            <numerusform>جارٍ طباعة %n إيصال</numerusform>
            <numerusform>جارٍ طباعة %n إيصالات</numerusform>
            <numerusform>جارٍ طباعة %n إيصالًا</numerusform>
            <numerusform>جارٍ طباعة %n إيصال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kassa::FilePrinterTransport</name>
    <message>
        <source>Cannot write to the printer file %1: %2</source>
        <translation>تعذّرت الكتابة إلى ملف الطابعة %1: %2</translation>
    </message>
</context>
<context>
    <name>kassa::NetworkPrinterTransport</name>
    <message>
        <source>The receipt printer at %1 does not take the receipt. Is it out of paper or is its cover open?</source>
        <translation>طابعة الإيصالات على %1 لا تقبل الإيصال. هل نفد الورق أم أن غطاءها مفتوح؟</translation>
    </message>
    <message>
        <source>The receipt printer at %1 does not answer. Check that it is switched on and connected.</source>
        <translation>طابعة الإيصالات على %1 لا تستجيب. تحقّق من أنها مشغّلة ومتصلة.</translation>
    </message>
    <message>
        <source>The receipt printer at %1 is still busy with the previous job.</source>
        <translation>طابعة الإيصالات على %1 ما زالت مشغولة بالمهمة السابقة.</translation>
    </message>
    <message>
        <source>The receipt printer at %1 closed the connection before the receipt was sent.</source>
        <translation>أغلقت طابعة الإيصالات على %1 الاتصال قبل إرسال الإيصال.</translation>
    </message>
    <message>
        <source>The receipt printer at %1 refuses the connection. Is it switched on?</source>
        <translation>طابعة الإيصالات على %1 ترفض الاتصال. هل هي مشغّلة؟</translation>
    </message>
    <message>
        <source>The receipt printer&apos;s address %1 is unknown.</source>
        <translation>عنوان طابعة الإيصالات %1 غير معروف.</translation>
    </message>
    <message>
        <source>The receipt printer at %1 cannot be reached: %2</source>
        <translation>تعذّر الوصول إلى طابعة الإيصالات على %1: %2</translation>
    </message>
</context>
<context>
    <name>kassa::PrinterTransport</name>
    <message>
        <source>A network printer needs a host: tcp://HOST:9100</source>
        <translation>تحتاج طابعة الشبكة إلى مضيف: tcp://HOST:9100</translation>
    </message>
    <message>
        <source>A serial printer needs a port: serial:/dev/ttyUSB0?baud=19200</source>
        <translation>تحتاج الطابعة التسلسلية إلى منفذ: serial:/dev/ttyUSB0?baud=19200</translation>
    </message>
    <message>
        <source>The baud rate of %1 is not a number</source>
        <translation>معدّل الباود في %1 ليس رقمًا</translation>
    </message>
    <message>
        <source>%1 is not a printer address (tcp://HOST:PORT, serial:PORT?baud=N or file:PATH)</source>
        <translation>%1 ليس عنوان طابعة (tcp://HOST:PORT أو serial:PORT?baud=N أو file:PATH)</translation>
    </message>
</context>
<context>
    <name>kassa::SerialPrinterTransport</name>
    <message>
        <source>The receipt printer on %1 does not take the receipt. Is it out of paper, or is the baud rate wrong?</source>
        <translation>طابعة الإيصالات على %1 لا تقبل الإيصال. هل نفد الورق أم أن معدّل الباود خاطئ؟</translation>
    </message>
    <message>
        <source>The receipt printer on %1 cannot be opened: %2</source>
        <translation>تعذّر فتح طابعة الإيصالات على %1: %2</translation>
    </message>
    <message>
        <source>The receipt printer on %1 failed: %2</source>
        <translation>فشلت طابعة الإيصالات على %1: %2</translation>
    </message>
    <message>
        <source>The receipt printer on %1 is still busy with the previous job.</source>
        <translation>طابعة الإيصالات على %1 ما زالت مشغولة بالمهمة السابقة.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ClientSession</name>
    <message>
        <source>The terminal&apos;s database %1 cannot be opened: %2</source>
        <translation>تعذّر فتح قاعدة بيانات نقطة البيع %1: %2</translation>
    </message>
    <message>
        <source>This terminal&apos;s identity cannot be read: %1</source>
        <translation>تعذّرت قراءة هوية نقطة البيع هذه: %1</translation>
    </message>
    <message>
        <source>Choose the shop this terminal sells for.</source>
        <translation>اختر المتجر الذي تبيع له نقطة البيع هذه.</translation>
    </message>
    <message>
        <source>There is no open shop &quot;%1&quot; in this database.</source>
        <translation>لا يوجد متجر مفتوح باسم «%1» في قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>kassactl is missing beside kassa (%1): it makes the demo data.</source>
        <translation>kassactl غير موجود بجانب kassa (%1): فهو الذي ينشئ البيانات التجريبية.</translation>
    </message>
    <message>
        <source>The demo data could not be made: %1</source>
        <translation>تعذّر إنشاء البيانات التجريبية: %1</translation>
    </message>
    <message>
        <source>Preparing the demo shop: products, stock, customers and a year of sales. This takes about a minute, once.</source>
        <translation>جارٍ تجهيز المتجر التجريبي: المنتجات والمخزون والعملاء ومبيعات عام كامل. يستغرق ذلك نحو دقيقة، مرة واحدة فقط.</translation>
    </message>
    <message>
        <source>%1 does not work in this shop.</source>
        <translation>%1 لا يعمل في هذا المتجر.</translation>
    </message>
    <message>
        <source>%1 may not use a till.</source>
        <translation>%1 غير مسموح له باستخدام الصندوق.</translation>
    </message>
    <message>
        <source>Wrong PIN. After 5 wrong PINs the PIN is locked for 5 minutes.</source>
        <translation>رمز PIN خاطئ. بعد 5 محاولات خاطئة يُقفل الرمز لمدة 5 دقائق.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: this PIN is locked for a few minutes. A manager can reset it.</source>
        <translation>محاولات خاطئة كثيرة لرمز PIN: هذا الرمز مقفل لبضع دقائق. يمكن للمدير إعادة تعيينه.</translation>
    </message>
    <message>
        <source>This account cannot sign in. Ask your manager.</source>
        <translation>لا يمكن لهذا الحساب تسجيل الدخول. راجع مديرك.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>فشل تسجيل الدخول: %1</translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>البريد الإلكتروني أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for 15 minutes.</source>
        <translation>محاولات خاطئة كثيرة لكلمة المرور: هذا الحساب مقفل لمدة 15 دقيقة.</translation>
    </message>
    <message>
        <source>No one at %1 has the e-mail address %2.</source>
        <translation>لا أحد في %1 لديه البريد الإلكتروني %2.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: this PIN is locked for a few minutes.</source>
        <translation>محاولات خاطئة كثيرة لرمز PIN: هذا الرمز مقفل لبضع دقائق.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>رمز PIN خاطئ.</translation>
    </message>
    <message>
        <source>%1 may not approve this.</source>
        <translation>%1 غير مخوّل بالموافقة على هذا.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ParkedSalesModel</name>
    <message numerus="yes">
        <source>Sale with %n line(s)</source>
        <translation>
            <numerusform>عملية بيع من %n بند</numerusform>
            <numerusform>عملية بيع من %n بند</numerusform>
            <numerusform>عملية بيع من %n بند</numerusform>
            <numerusform>عملية بيع من %n بنود</numerusform>
            <numerusform>عملية بيع من %n بندًا</numerusform>
            <numerusform>عملية بيع من %n بند</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReceiptController</name>
    <message>
        <source>The printer address is not usable: %1</source>
        <translation>عنوان الطابعة غير صالح للاستخدام: %1</translation>
    </message>
    <message>
        <source>No receipt printer is set up (Settings).</source>
        <translation>لم يتم إعداد أي طابعة إيصالات (الإعدادات).</translation>
    </message>
    <message>
        <source>The receipt could not be queued: %1</source>
        <translation>تعذّرت إضافة الإيصال إلى قائمة الانتظار: %1</translation>
    </message>
    <message>
        <source>The report could not be queued: %1</source>
        <translation>تعذّرت إضافة التقرير إلى قائمة الانتظار: %1</translation>
    </message>
    <message>
        <source>The receipt could not be read: %1</source>
        <translation>تعذّرت قراءة الإيصال: %1</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>تعذّرت كتابة ملف PDF: %1</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReturnController</name>
    <message>
        <source>Changed mind</source>
        <translation>تغيير الرأي</translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation>مقاس خاطئ</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>معيب</translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation>تلف أثناء الشحن</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>صنف خاطئ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>%1 is a return or a void itself: find the sale it belongs to.</source>
        <translation>%1 هو نفسه إرجاع أو إلغاء: ابحث عن عملية البيع الأصلية.</translation>
    </message>
    <message>
        <source>This sale was voided: nothing is left to return.</source>
        <translation>أُلغيت عملية البيع هذه: لم يبقَ شيء لإرجاعه.</translation>
    </message>
    <message>
        <source>No sale has the receipt number %1.</source>
        <translation>لا توجد عملية بيع برقم الإيصال %1.</translation>
    </message>
    <message>
        <source>At most %1 of this line can come back.</source>
        <translation>يمكن إرجاع %1 كحد أقصى من هذا البند.</translation>
    </message>
    <message>
        <source>Choose what comes back first.</source>
        <translation>اختر أولًا ما سيُرجَع.</translation>
    </message>
    <message>
        <source>Find the sale first.</source>
        <translation>ابحث عن عملية البيع أولًا.</translation>
    </message>
    <message>
        <source>Voided at the till</source>
        <translation>أُلغيت عند الصندوق</translation>
    </message>
</context>
<context>
    <name>kassa::ui::SearchModel</name>
    <message>
        <source>Search failed: %1</source>
        <translation>فشل البحث: %1</translation>
    </message>
</context>
<context>
    <name>kassa::ui::SellController</name>
    <message>
        <source>%1&apos;s sale</source>
        <translation>عملية بيع %1</translation>
    </message>
    <message>
        <source>Not enough in stock: %1</source>
        <translation>المخزون غير كافٍ: %1</translation>
    </message>
    <message>
        <source>Open a shift first.</source>
        <translation>افتح وردية أولًا.</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>غير مسموح: %1</translation>
    </message>
    <message>
        <source>Unknown code: %1</source>
        <translation>رمز غير معروف: %1</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>سجّل الدخول أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished sale(s) from before the restart are parked: resume them from Parked sales.</source>
        <translation>
            <numerusform>عُلّقت %n عملية بيع غير مكتملة من قبل إعادة التشغيل: استأنفها من المبيعات المعلّقة.</numerusform>
            <numerusform>عُلّقت %n عملية بيع غير مكتملة من قبل إعادة التشغيل: استأنفها من المبيعات المعلّقة.</numerusform>
            <numerusform>عُلّقت %n عملية بيع غير مكتملة من قبل إعادة التشغيل: استأنفها من المبيعات المعلّقة.</numerusform>
            <numerusform>عُلّقت %n عمليات بيع غير مكتملة من قبل إعادة التشغيل: استأنفها من المبيعات المعلّقة.</numerusform>
            <numerusform>عُلّقت %n عملية بيع غير مكتملة من قبل إعادة التشغيل: استأنفها من المبيعات المعلّقة.</numerusform>
            <numerusform>عُلّقت %n عملية بيع غير مكتملة من قبل إعادة التشغيل: استأنفها من المبيعات المعلّقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cart could not be saved: %1</source>
        <translation>تعذّر حفظ السلة: %1</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>يجب أن تكون الكمية أكبر من صفر.</translation>
    </message>
    <message>
        <source>A weighed article&apos;s quantity comes from its label.</source>
        <translation>كمية الصنف الموزون تؤخذ من ملصقه.</translation>
    </message>
    <message>
        <source>all lines removed</source>
        <translation>أُزيلت كل البنود</translation>
    </message>
    <message>
        <source>A discount is a percentage from 0 to 100 or an amount.</source>
        <translation>الخصم نسبة مئوية من 0 إلى 100 أو مبلغ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no amount.</source>
        <translation>«%1» ليس مبلغًا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no price.</source>
        <translation>«%1» ليس سعرًا.</translation>
    </message>
    <message>
        <source>A gift card needs its code and an amount.</source>
        <translation>تحتاج بطاقة الهدية إلى رمزها وإلى مبلغ.</translation>
    </message>
    <message>
        <source>Gift card %1</source>
        <translation>بطاقة هدية %1</translation>
    </message>
    <message>
        <source>Unknown kind of payment: %1</source>
        <translation>طريقة دفع غير معروفة: %1</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>السلة فارغة.</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>لا يوجد مبلغ مستحق.</translation>
    </message>
    <message>
        <source>Store credit needs the customer: attach her first.</source>
        <translation>يتطلب رصيد المتجر تحديد العميل: اربطه بعملية البيع أولًا.</translation>
    </message>
    <message>
        <source>A manager must approve: %1</source>
        <translation>يلزم موافقة المدير: %1</translation>
    </message>
    <message>
        <source>%1 is still due.</source>
        <translation>المبلغ المتبقي المستحق: %1.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ShiftController</name>
    <message>
        <source>&quot;%1&quot; is no amount.</source>
        <translation>«%1» ليس مبلغًا.</translation>
    </message>
    <message>
        <source>Say why the cash goes in or out.</source>
        <translation>اذكر سبب الإيداع أو السحب النقدي.</translation>
    </message>
    <message>
        <source>Count the cash in the drawer and enter it (the float included).</source>
        <translation>عُدّ النقد في الدرج وأدخل المبلغ (شاملًا الرصيد الافتتاحي).</translation>
    </message>
</context>
<context>
    <name>kassa::ui::StaffModel</name>
    <message>
        <source>Platform administrator</source>
        <translation>مسؤول المنصة</translation>
    </message>
    <message>
        <source>Company administrator</source>
        <translation>مسؤول الشركة</translation>
    </message>
    <message>
        <source>Shop manager</source>
        <translation>مدير المتجر</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>أمين الصندوق</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>المستودع</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
</context>
<context>
    <name>kassa::ui::TenderModel</name>
    <message>
        <source>Cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>بطاقة هدية</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>رصيد المتجر</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>قسيمة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
</TS>
