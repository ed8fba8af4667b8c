<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ApprovalPanel</name>
    <message>
        <source>A manager must approve: %1</source>
        <translation>Requiere la aprobación de un encargado: %1</translation>
    </message>
    <message>
        <source>Manager&apos;s PIN</source>
        <translation>PIN del encargado</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
</context>
<context>
    <name>BackOfficePage</name>
    <message>
        <source>Back office — %1</source>
        <translation>Administración — %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Latest documents of this shop</source>
        <translation>Últimos documentos de esta tienda</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>On this sale: %1</source>
        <translation>En esta venta: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Name, phone or e-mail</source>
        <translation>Nombre, teléfono o correo electrónico</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Create and attach</source>
        <translation>Crear y asignar</translation>
    </message>
</context>
<context>
    <name>DiscardDialog</name>
    <message>
        <source>Discard this sale</source>
        <translation>Descartar esta venta</translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation>Motivo (obligatorio)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <source>Discount on this line</source>
        <translation>Descuento en esta línea</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>Descuento en toda la venta</translation>
    </message>
    <message>
        <source>10% or an amount; empty removes it</source>
        <translation>10% o un importe; vacío lo elimina</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
</context>
<context>
    <name>GiftCardDialog</name>
    <message>
        <source>Sell a gift card</source>
        <translation>Vender una tarjeta regalo</translation>
    </message>
    <message>
        <source>Card code (scan it)</source>
        <translation>Código de la tarjeta (escanéelo)</translation>
    </message>
    <message>
        <source>Balance now %1</source>
        <translation>Saldo actual %1</translation>
    </message>
    <message>
        <source>Amount to load</source>
        <translation>Importe a cargar</translation>
    </message>
    <message>
        <source>Add to sale</source>
        <translation>Añadir a la venta</translation>
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
        <translation>Venta</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
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
        <translation>Nota de esta venta</translation>
    </message>
    <message>
        <source>e.g. collects the rest on Friday</source>
        <translation>p. ej., recoge el resto el viernes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>OpenShiftPanel</name>
    <message>
        <source>Open the shift</source>
        <translation>Apertura de caja</translation>
    </message>
    <message>
        <source>Count the change in the drawer (the float) and enter it.</source>
        <translation>Cuente el cambio del cajón (el fondo de caja) e introduzca el importe.</translation>
    </message>
    <message>
        <source>Float, e.g. %1</source>
        <translation>Fondo de caja, p. ej. %1</translation>
    </message>
</context>
<context>
    <name>ParkDialog</name>
    <message>
        <source>Park this sale</source>
        <translation>Aparcar esta venta</translation>
    </message>
    <message>
        <source>A name to find it again (optional)</source>
        <translation>Un nombre para encontrarla después (opcional)</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Aparcar</translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <source>Parked sales</source>
        <translation>Ventas aparcadas</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n línea</numerusform>
            <numerusform>%n líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>No parked sales</source>
        <translation>No hay ventas aparcadas</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Sale complete</source>
        <translation>Venta completada</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Cobro</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambio %1</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Siguiente cliente</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Cash rounding %1</source>
        <translation>Redondeo de efectivo %1</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Tarjeta regalo</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Saldo a favor</translation>
    </message>
    <message>
        <source>Amount (empty: what is due)</source>
        <translation>Importe (vacío: lo pendiente)</translation>
    </message>
    <message>
        <source>Terminal reference</source>
        <translation>Referencia del datáfono</translation>
    </message>
    <message>
        <source>Gift card code</source>
        <translation>Código de la tarjeta regalo</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Saldo %1</translation>
    </message>
    <message>
        <source>Unknown gift card</source>
        <translation>Tarjeta regalo desconocida</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Store credit balance %1</source>
        <translation>Saldo a favor %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>cambio %1</translation>
    </message>
    <message>
        <source>Complete sale</source>
        <translation>Finalizar venta</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Reimprimir</translation>
    </message>
    <message>
        <source>PDF receipt</source>
        <translation>Ticket en PDF</translation>
    </message>
    <message>
        <source>A4 invoice</source>
        <translation>Factura A4</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>PriceDialog</name>
    <message>
        <source>New unit price</source>
        <translation>Nuevo precio unitario</translation>
    </message>
    <message>
        <source>Price; empty restores the catalog price</source>
        <translation>Precio; vacío restablece el precio de catálogo</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <source>Weight of %1 in grams</source>
        <translation>Peso de %1 en gramos</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
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
        <translation>NIF %1</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Redondeo de efectivo</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>A pagar</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Prices include tax.</source>
        <translation>Precios con IVA incluido.</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>COPIA</translation>
    </message>
    <message>
        <source>for receipt %1</source>
        <translation>del ticket %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Gift card %1</source>
        <translation>Tarjeta regalo %1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Factura rectificativa</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Anulación</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>N.º %1</translation>
    </message>
    <message>
        <source>Date %1 %2</source>
        <translation>Fecha %1 %2</translation>
    </message>
    <message>
        <source>Cashier %1</source>
        <translation>Cajero %1</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturar a</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Tax breakdown</source>
        <translation>Desglose de IVA</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>by</source>
        <translation>por</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Tarjeta regalo</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Saldo a favor</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Vale</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>ud.</translation>
    </message>
    <message>
        <source>Thank you for your visit!</source>
        <translation>¡Gracias por su visita!</translation>
    </message>
    <message>
        <source>Please keep this receipt.</source>
        <translation>Por favor, conserve este ticket.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anulación</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Anulaciones</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Ventas netas</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>Formas de pago</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>esperado</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>contado</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>diferencia</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Cajón</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Fondo de caja</translation>
    </message>
    <message>
        <source>Cash taken</source>
        <translation>Efectivo cobrado</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Expected in drawer</source>
        <translation>Esperado en el cajón</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Informe Z</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>Informe X</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Z report — shift closed</source>
        <translation>Informe Z — caja cerrada</translation>
    </message>
    <message>
        <source>X report — shift so far</source>
        <translation>Informe X — turno en curso</translation>
    </message>
    <message>
        <source>Opened %1 with a float of %2</source>
        <translation>Abierta el %1 con un fondo de caja de %2</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Anulaciones</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation>Entradas / salidas de efectivo</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <source>%1: net %2, tax %3, gross %4</source>
        <translation>%1: base %2, IVA %3, total %4</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>Formas de pago</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>sin contar</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Scan or type the receipt number (F2)</source>
        <translation>Escanee o escriba el número de ticket (F2)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>venta</translation>
    </message>
    <message>
        <source>return</source>
        <translation>devolución</translation>
    </message>
    <message>
        <source>void</source>
        <translation>anulación</translation>
    </message>
    <message>
        <source>Find the sale the customer brings back</source>
        <translation>Busque la venta que trae el cliente</translation>
    </message>
    <message>
        <source>Sale %1 · %2 · %3</source>
        <translation>Venta %1 · %2 · %3</translation>
    </message>
    <message>
        <source>sold %1, returned %2</source>
        <translation>vendido %1, devuelto %2</translation>
    </message>
    <message>
        <source>sold %1</source>
        <translation>vendido %1</translation>
    </message>
    <message>
        <source>Back on the shelf</source>
        <translation>Reponer en stock</translation>
    </message>
    <message>
        <source>Refund to</source>
        <translation>Reembolsar en</translation>
    </message>
    <message>
        <source>the original payment</source>
        <translation>el pago original</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>saldo a favor</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Return everything</source>
        <translation>Devolver todo</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>Anular venta</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>Reembolsar %1</translation>
    </message>
    <message>
        <source>Void sale %1</source>
        <translation>Anular la venta %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>voiding a sale</source>
        <translation>anular una venta</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Reimprimir</translation>
    </message>
    <message>
        <source>A4 invoice</source>
        <translation>Factura A4</translation>
    </message>
</context>
<context>
    <name>SellPage</name>
    <message>
        <source>Scan, or type a name, SKU or barcode (F2)</source>
        <translation>Escanee o escriba un nombre, referencia o código de barras (F2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 in stock</source>
        <translation>%1 en stock</translation>
    </message>
    <message>
        <source>%1 / kg</source>
        <translation>%1 / kg</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;</source>
        <translation>Nada coincide con «%1»</translation>
    </message>
    <message>
        <source>Last sale %1</source>
        <translation>Última venta %1</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Cambio: %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message numerus="yes">
        <source>%n parked sale(s)</source>
        <translation>
            <numerusform>%n venta aparcada</numerusform>
            <numerusform>%n ventas aparcadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys: F2 search · F4 quantity · F5 line discount · F6 cart discount · F7 customer · F8 park · F9 parked · F10 price · F11 note · F12 pay · Ctrl+↑/↓ choose line · Ctrl+/- quantity · Ctrl+Del remove · Ctrl+D discard</source>
        <translation>Teclas: F2 buscar · F4 cantidad · F5 descuento de línea · F6 descuento total · F7 cliente · F8 aparcar · F9 aparcadas · F10 precio · F11 nota · F12 cobrar · Ctrl+↑/↓ elegir línea · Ctrl+/- cantidad · Ctrl+Del quitar · Ctrl+D descartar</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Sin cliente</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>price changed</source>
        <translation>precio modificado</translation>
    </message>
    <message>
        <source>−%1 discount</source>
        <translation>−%1 de descuento</translation>
    </message>
    <message>
        <source>Scan an article to start a sale</source>
        <translation>Escanee un artículo para empezar una venta</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <source>incl. %1 tax on %2: %3</source>
        <translation>incl. %1 de IVA sobre %2: %3</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Aparcar</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Aparcadas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Tarjeta regalo</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Cobrar %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Tema oscuro</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation>Este terminal</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Empresa: %1</translation>
    </message>
    <message>
        <source>Shop: %1</source>
        <translation>Tienda: %1</translation>
    </message>
    <message>
        <source>Receipt numbers: %1-…</source>
        <translation>Números de ticket: %1-…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>This is the demo: sales stay on this computer.</source>
        <translation>Esto es la demo: las ventas se quedan en este ordenador.</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Impresora de tickets</translation>
    </message>
    <message>
        <source>tcp://192.168.1.50:9100, serial:/dev/ttyUSB0?baud=19200 or empty</source>
        <translation>tcp://192.168.1.50:9100, serial:/dev/ttyUSB0?baud=19200 o vacío</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) waiting: %1</source>
        <translation>
            <numerusform>%n ticket en espera: %1</numerusform>
            <numerusform>%n tickets en espera: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Printer ready</source>
        <translation>Impresora lista</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Welcome to Kassa</source>
        <translation>Bienvenido a Kassa</translation>
    </message>
    <message>
        <source>Try Kassa on a demo shop: three companies, their shops, products, stock and a year of sales, on this computer only.</source>
        <translation>Pruebe Kassa en una tienda de demostración: tres empresas, sus tiendas, productos, existencias y un año de ventas, solo en este ordenador.</translation>
    </message>
    <message>
        <source>Try the demo shop</source>
        <translation>Probar la tienda de demostración</translation>
    </message>
    <message>
        <source>Or sell standalone on a Kassa database</source>
        <translation>O vender de forma autónoma con una base de datos de Kassa</translation>
    </message>
    <message>
        <source>Database file, e.g. /var/lib/kassa/shop.db</source>
        <translation>Archivo de base de datos, p. ej. /var/lib/kassa/shop.db</translation>
    </message>
    <message>
        <source>Shop (its short name, e.g. berlin-mitte)</source>
        <translation>Tienda (su nombre corto, p. ej. berlin-mitte)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <source>Shift open since %1</source>
        <translation>Caja abierta desde %1</translation>
    </message>
    <message>
        <source>No shift is open</source>
        <translation>La caja no está abierta</translation>
    </message>
    <message>
        <source>Float in the drawer</source>
        <translation>Fondo de caja en el cajón</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Abrir caja</translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation>Entrada o salida de efectivo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Reason, e.g. change from the bank, paid the window cleaner</source>
        <translation>Motivo, p. ej. cambio del banco, pago al limpiacristales</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>Informe X</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Cerrar caja</translation>
    </message>
    <message>
        <source>Count the drawer (the float included) and enter the card terminal&apos;s batch total. The expected figures show after the close.</source>
        <translation>Cuente el cajón (incluido el fondo de caja) e introduzca el total del cierre del datáfono. Las cifras esperadas se muestran tras el cierre.</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Efectivo contado</translation>
    </message>
    <message>
        <source>Card batch total (optional)</source>
        <translation>Total del cierre del datáfono (opcional)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Close with this count</source>
        <translation>Cerrar con este recuento</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Aún no hay informe</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>%1 — who is selling?</source>
        <translation>%1 — ¿quién vende?</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>PIN de %1</translation>
    </message>
    <message>
        <source>Choose your name</source>
        <translation>Elija su nombre</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Or with e-mail and password</source>
        <translation>O con correo y contraseña</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
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
        <translation>● En línea</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Sin conexión</translation>
    </message>
    <message>
        <source>● Standalone</source>
        <translation>● Autónomo</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) waiting to sync</source>
        <translation>
            <numerusform>%n operación pendiente de sincronizar</numerusform>
            <numerusform>%n operaciones pendientes de sincronizar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer: %1 (%n receipt(s) queued)</source>
        <translation>
            <numerusform>Impresora: %1 (%n ticket en cola)</numerusform>
            <numerusform>Impresora: %1 (%n tickets en cola)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) printing</source>
        <translation>
            <numerusform>Imprimiendo %n ticket</numerusform>
            <numerusform>Imprimiendo %n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kassa::FilePrinterTransport</name>
    <message>
        <source>Cannot write to the printer file %1: %2</source>
        <translation>No se puede escribir en el archivo de impresora %1: %2</translation>
    </message>
</context>
<context>
    <name>kassa::NetworkPrinterTransport</name>
    <message>
        <source>The receipt printer at %1 does not take the receipt. Is it out of paper or is its cover open?</source>
        <translation>La impresora de tickets en %1 no acepta el ticket. ¿Se ha quedado sin papel o tiene la tapa abierta?</translation>
    </message>
    <message>
        <source>The receipt printer at %1 does not answer. Check that it is switched on and connected.</source>
        <translation>La impresora de tickets en %1 no responde. Compruebe que está encendida y conectada.</translation>
    </message>
    <message>
        <source>The receipt printer at %1 is still busy with the previous job.</source>
        <translation>La impresora de tickets en %1 sigue ocupada con el trabajo anterior.</translation>
    </message>
    <message>
        <source>The receipt printer at %1 closed the connection before the receipt was sent.</source>
        <translation>La impresora de tickets en %1 cerró la conexión antes de enviar el ticket.</translation>
    </message>
    <message>
        <source>The receipt printer at %1 refuses the connection. Is it switched on?</source>
        <translation>La impresora de tickets en %1 rechaza la conexión. ¿Está encendida?</translation>
    </message>
    <message>
        <source>The receipt printer&apos;s address %1 is unknown.</source>
        <translation>La dirección %1 de la impresora de tickets es desconocida.</translation>
    </message>
    <message>
        <source>The receipt printer at %1 cannot be reached: %2</source>
        <translation>No se puede acceder a la impresora de tickets en %1: %2</translation>
    </message>
</context>
<context>
    <name>kassa::PrinterTransport</name>
    <message>
        <source>A network printer needs a host: tcp://HOST:9100</source>
        <translation>Una impresora de red necesita un host: tcp://HOST:9100</translation>
    </message>
    <message>
        <source>A serial printer needs a port: serial:/dev/ttyUSB0?baud=19200</source>
        <translation>Una impresora serie necesita un puerto: serial:/dev/ttyUSB0?baud=19200</translation>
    </message>
    <message>
        <source>The baud rate of %1 is not a number</source>
        <translation>La velocidad en baudios de %1 no es un número</translation>
    </message>
    <message>
        <source>%1 is not a printer address (tcp://HOST:PORT, serial:PORT?baud=N or file:PATH)</source>
        <translation>%1 no es una dirección de impresora (tcp://HOST:PORT, serial:PORT?baud=N o file:PATH)</translation>
    </message>
</context>
<context>
    <name>kassa::SerialPrinterTransport</name>
    <message>
        <source>The receipt printer on %1 does not take the receipt. Is it out of paper, or is the baud rate wrong?</source>
        <translation>La impresora de tickets en %1 no acepta el ticket. ¿Se ha quedado sin papel o la velocidad en baudios es incorrecta?</translation>
    </message>
    <message>
        <source>The receipt printer on %1 cannot be opened: %2</source>
        <translation>No se puede abrir la impresora de tickets en %1: %2</translation>
    </message>
    <message>
        <source>The receipt printer on %1 failed: %2</source>
        <translation>Error en la impresora de tickets en %1: %2</translation>
    </message>
    <message>
        <source>The receipt printer on %1 is still busy with the previous job.</source>
        <translation>La impresora de tickets en %1 sigue ocupada con el trabajo anterior.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ClientSession</name>
    <message>
        <source>The terminal&apos;s database %1 cannot be opened: %2</source>
        <translation>No se puede abrir la base de datos %1 del terminal: %2</translation>
    </message>
    <message>
        <source>This terminal&apos;s identity cannot be read: %1</source>
        <translation>No se puede leer la identidad de este terminal: %1</translation>
    </message>
    <message>
        <source>Choose the shop this terminal sells for.</source>
        <translation>Elija la tienda para la que vende este terminal.</translation>
    </message>
    <message>
        <source>There is no open shop &quot;%1&quot; in this database.</source>
        <translation>No hay ninguna tienda abierta «%1» en esta base de datos.</translation>
    </message>
    <message>
        <source>kassactl is missing beside kassa (%1): it makes the demo data.</source>
        <translation>Falta kassactl junto a kassa (%1): es el que genera los datos de demostración.</translation>
    </message>
    <message>
        <source>The demo data could not be made: %1</source>
        <translation>No se pudieron generar los datos de demostración: %1</translation>
    </message>
    <message>
        <source>Preparing the demo shop: products, stock, customers and a year of sales. This takes about a minute, once.</source>
        <translation>Preparando la tienda de demostración: productos, existencias, clientes y un año de ventas. Tarda aproximadamente un minuto, solo la primera vez.</translation>
    </message>
    <message>
        <source>%1 does not work in this shop.</source>
        <translation>%1 no trabaja en esta tienda.</translation>
    </message>
    <message>
        <source>%1 may not use a till.</source>
        <translation>%1 no tiene permiso para usar una caja.</translation>
    </message>
    <message>
        <source>Wrong PIN. After 5 wrong PINs the PIN is locked for 5 minutes.</source>
        <translation>PIN incorrecto. Tras 5 PIN incorrectos, el PIN se bloquea durante 5 minutos.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: this PIN is locked for a few minutes. A manager can reset it.</source>
        <translation>Demasiados PIN incorrectos: este PIN está bloqueado unos minutos. Un encargado puede restablecerlo.</translation>
    </message>
    <message>
        <source>This account cannot sign in. Ask your manager.</source>
        <translation>Esta cuenta no puede iniciar sesión. Consulte a su encargado.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Error al iniciar sesión: %1</translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>El correo electrónico o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for 15 minutes.</source>
        <translation>Demasiadas contraseñas incorrectas: esta cuenta está bloqueada durante 15 minutos.</translation>
    </message>
    <message>
        <source>No one at %1 has the e-mail address %2.</source>
        <translation>Nadie en %1 tiene el correo electrónico %2.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: this PIN is locked for a few minutes.</source>
        <translation>Demasiados PIN incorrectos: este PIN está bloqueado unos minutos.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message>
        <source>%1 may not approve this.</source>
        <translation>%1 no tiene permiso para aprobar esto.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ParkedSalesModel</name>
    <message numerus="yes">
        <source>Sale with %n line(s)</source>
        <translation>
            <numerusform>Venta con %n línea</numerusform>
            <numerusform>Venta con %n líneas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReceiptController</name>
    <message>
        <source>The printer address is not usable: %1</source>
        <translation>La dirección de la impresora no es válida: %1</translation>
    </message>
    <message>
        <source>No receipt printer is set up (Settings).</source>
        <translation>No hay ninguna impresora de tickets configurada (Ajustes).</translation>
    </message>
    <message>
        <source>The receipt could not be queued: %1</source>
        <translation>No se pudo poner el ticket en cola: %1</translation>
    </message>
    <message>
        <source>The report could not be queued: %1</source>
        <translation>No se pudo poner el informe en cola: %1</translation>
    </message>
    <message>
        <source>The receipt could not be read: %1</source>
        <translation>No se pudo leer el ticket: %1</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>No se pudo escribir el PDF: %1</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReturnController</name>
    <message>
        <source>Changed mind</source>
        <translation>Cambio de opinión</translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation>Talla incorrecta</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Defectuoso</translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation>Dañado en el transporte</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Artículo equivocado</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>%1 is a return or a void itself: find the sale it belongs to.</source>
        <translation>%1 es en sí una devolución o una anulación: busque la venta a la que pertenece.</translation>
    </message>
    <message>
        <source>This sale was voided: nothing is left to return.</source>
        <translation>Esta venta se anuló: no queda nada por devolver.</translation>
    </message>
    <message>
        <source>No sale has the receipt number %1.</source>
        <translation>Ninguna venta tiene el número de ticket %1.</translation>
    </message>
    <message>
        <source>At most %1 of this line can come back.</source>
        <translation>De esta línea pueden devolverse como máximo %1.</translation>
    </message>
    <message>
        <source>Choose what comes back first.</source>
        <translation>Elija primero qué se devuelve.</translation>
    </message>
    <message>
        <source>Find the sale first.</source>
        <translation>Busque primero la venta.</translation>
    </message>
    <message>
        <source>Voided at the till</source>
        <translation>Anulada en caja</translation>
    </message>
</context>
<context>
    <name>kassa::ui::SearchModel</name>
    <message>
        <source>Search failed: %1</source>
        <translation>Error en la búsqueda: %1</translation>
    </message>
</context>
<context>
    <name>kassa::ui::SellController</name>
    <message>
        <source>%1&apos;s sale</source>
        <translation>Venta de %1</translation>
    </message>
    <message>
        <source>Not enough in stock: %1</source>
        <translation>Stock insuficiente: %1</translation>
    </message>
    <message>
        <source>Open a shift first.</source>
        <translation>Abra primero la caja.</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>No permitido: %1</translation>
    </message>
    <message>
        <source>Unknown code: %1</source>
        <translation>Código desconocido: %1</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished sale(s) from before the restart are parked: resume them from Parked sales.</source>
        <translation>
            <numerusform>%n venta sin terminar de antes del reinicio se ha aparcado: recupérela desde Ventas aparcadas.</numerusform>
            <numerusform>%n ventas sin terminar de antes del reinicio se han aparcado: recupérelas desde Ventas aparcadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cart could not be saved: %1</source>
        <translation>No se pudo guardar el ticket: %1</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>La cantidad debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>A weighed article&apos;s quantity comes from its label.</source>
        <translation>La cantidad de un artículo pesado viene de su etiqueta.</translation>
    </message>
    <message>
        <source>all lines removed</source>
        <translation>se quitaron todas las líneas</translation>
    </message>
    <message>
        <source>A discount is a percentage from 0 to 100 or an amount.</source>
        <translation>Un descuento es un porcentaje de 0 a 100 o un importe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no amount.</source>
        <translation>«%1» no es un importe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no price.</source>
        <translation>«%1» no es un precio.</translation>
    </message>
    <message>
        <source>A gift card needs its code and an amount.</source>
        <translation>Una tarjeta regalo necesita su código y un importe.</translation>
    </message>
    <message>
        <source>Gift card %1</source>
        <translation>Tarjeta regalo %1</translation>
    </message>
    <message>
        <source>Unknown kind of payment: %1</source>
        <translation>Forma de pago desconocida: %1</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>El ticket está vacío.</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>No hay nada pendiente.</translation>
    </message>
    <message>
        <source>Store credit needs the customer: attach her first.</source>
        <translation>El saldo a favor requiere el cliente: asígnelo primero.</translation>
    </message>
    <message>
        <source>A manager must approve: %1</source>
        <translation>Requiere la aprobación de un encargado: %1</translation>
    </message>
    <message>
        <source>%1 is still due.</source>
        <translation>Pendiente: %1.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ShiftController</name>
    <message>
        <source>&quot;%1&quot; is no amount.</source>
        <translation>«%1» no es un importe.</translation>
    </message>
    <message>
        <source>Say why the cash goes in or out.</source>
        <translation>Indique por qué entra o sale el efectivo.</translation>
    </message>
    <message>
        <source>Count the cash in the drawer and enter it (the float included).</source>
        <translation>Cuente el efectivo del cajón e introduzca el importe (incluido el fondo de caja).</translation>
    </message>
</context>
<context>
    <name>kassa::ui::StaffModel</name>
    <message>
        <source>Platform administrator</source>
        <translation>Administrador de la plataforma</translation>
    </message>
    <message>
        <source>Company administrator</source>
        <translation>Administrador de la empresa</translation>
    </message>
    <message>
        <source>Shop manager</source>
        <translation>Encargado de tienda</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
</context>
<context>
    <name>kassa::ui::TenderModel</name>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Tarjeta regalo</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Saldo a favor</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Vale</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
</TS>
