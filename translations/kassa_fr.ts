<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ApprovalPanel</name>
    <message>
        <source>A manager must approve: %1</source>
        <translation>Validation d’un responsable requise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Manager&apos;s PIN</source>
        <translation>Code PIN du responsable</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Valider</translation>
    </message>
</context>
<context>
    <name>BackOfficePage</name>
    <message>
        <source>Back office — %1</source>
        <translation>Back-office — %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Latest documents of this shop</source>
        <translation>Derniers documents de ce magasin</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>On this sale: %1</source>
        <translation>Sur cette vente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Name, phone or e-mail</source>
        <translation>Nom, téléphone ou e-mail</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Create and attach</source>
        <translation>Créer et associer</translation>
    </message>
</context>
<context>
    <name>DiscardDialog</name>
    <message>
        <source>Discard this sale</source>
        <translation>Abandonner cette vente</translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <source>Discount on this line</source>
        <translation>Remise sur cette ligne</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>Remise sur toute la vente</translation>
    </message>
    <message>
        <source>10% or an amount; empty removes it</source>
        <translation>10% ou un montant&#xa0;; vide pour la supprimer</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
</context>
<context>
    <name>GiftCardDialog</name>
    <message>
        <source>Sell a gift card</source>
        <translation>Vendre une carte cadeau</translation>
    </message>
    <message>
        <source>Card code (scan it)</source>
        <translation>Code de la carte (scannez-le)</translation>
    </message>
    <message>
        <source>Balance now %1</source>
        <translation>Solde actuel %1</translation>
    </message>
    <message>
        <source>Amount to load</source>
        <translation>Montant à charger</translation>
    </message>
    <message>
        <source>Add to sale</source>
        <translation>Ajouter à la vente</translation>
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
        <translation>Vente</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Back-office</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
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
        <translation>Note sur cette vente</translation>
    </message>
    <message>
        <source>e.g. collects the rest on Friday</source>
        <translation>ex.&#xa0;: récupère le reste vendredi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>OpenShiftPanel</name>
    <message>
        <source>Open the shift</source>
        <translation>Ouvrir la caisse</translation>
    </message>
    <message>
        <source>Count the change in the drawer (the float) and enter it.</source>
        <translation>Comptez la monnaie dans le tiroir (le fond de caisse) et saisissez le montant.</translation>
    </message>
    <message>
        <source>Float, e.g. %1</source>
        <translation>Fond de caisse, ex. %1</translation>
    </message>
</context>
<context>
    <name>ParkDialog</name>
    <message>
        <source>Park this sale</source>
        <translation>Mettre cette vente en attente</translation>
    </message>
    <message>
        <source>A name to find it again (optional)</source>
        <translation>Un nom pour la retrouver (facultatif)</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Mettre en attente</translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <source>Parked sales</source>
        <translation>Ventes en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>No parked sales</source>
        <translation>Aucune vente en attente</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Sale complete</source>
        <translation>Vente terminée</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Rendu %1</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Client suivant</translation>
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
        <translation>Reste à payer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>Cash rounding %1</source>
        <translation>Arrondi espèces %1</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Carte cadeau</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Amount (empty: what is due)</source>
        <translation>Montant (vide&#xa0;: le reste à payer)</translation>
    </message>
    <message>
        <source>Terminal reference</source>
        <translation>Référence du terminal de paiement</translation>
    </message>
    <message>
        <source>Gift card code</source>
        <translation>Code de la carte cadeau</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Solde %1</translation>
    </message>
    <message>
        <source>Unknown gift card</source>
        <translation>Carte cadeau inconnue</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Store credit balance %1</source>
        <translation>Solde de l’avoir %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>rendu %1</translation>
    </message>
    <message>
        <source>Complete sale</source>
        <translation>Terminer la vente</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <source>PDF receipt</source>
        <translation>Ticket en PDF</translation>
    </message>
    <message>
        <source>A4 invoice</source>
        <translation>Facture A4</translation>
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
        <translation>Nouveau prix unitaire</translation>
    </message>
    <message>
        <source>Price; empty restores the catalog price</source>
        <translation>Prix&#xa0;; vide pour revenir au prix du catalogue</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
</context>
<context>
    <name>QuantityDialog</name>
    <message>
        <source>Weight of %1 in grams</source>
        <translation>Poids de %1 en grammes</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
</context>
<context>
    <name>ReceiptText</name>
    <message>
        <source>Tel. %1</source>
        <translation>Tél. %1</translation>
    </message>
    <message>
        <source>Tax no. %1</source>
        <translation>N° TVA %1</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Arrondi espèces</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>À payer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>Prices include tax.</source>
        <translation>Prix TVA incluse.</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>DUPLICATA</translation>
    </message>
    <message>
        <source>for receipt %1</source>
        <translation>pour le ticket %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Gift card %1</source>
        <translation>Carte cadeau %1</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>N° %1</translation>
    </message>
    <message>
        <source>Date %1 %2</source>
        <translation>Date %1 %2</translation>
    </message>
    <message>
        <source>Cashier %1</source>
        <translation>Caissier %1</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturé à</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Tax breakdown</source>
        <translation>Détail de la TVA</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>by</source>
        <translation>par</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Carte cadeau</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Bon d’achat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>pce</translation>
    </message>
    <message>
        <source>Thank you for your visit!</source>
        <translation>Merci de votre visite&#xa0;!</translation>
    </message>
    <message>
        <source>Please keep this receipt.</source>
        <translation>Veuillez conserver ce ticket.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Annulations</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Ventes nettes</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>Moyens de paiement</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>attendu</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>compté</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>écart</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Tiroir-caisse</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <source>Cash taken</source>
        <translation>Espèces encaissées</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Expected in drawer</source>
        <translation>Attendu dans le tiroir</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Rapport Z</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>Rapport X</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Z report — shift closed</source>
        <translation>Rapport Z — caisse clôturée</translation>
    </message>
    <message>
        <source>X report — shift so far</source>
        <translation>Rapport X — session en cours</translation>
    </message>
    <message>
        <source>Opened %1 with a float of %2</source>
        <translation>Ouverte le %1 avec un fond de caisse de %2</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Annulations</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation>Entrées / sorties d’espèces</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>%1: net %2, tax %3, gross %4</source>
        <translation>%1&#xa0;: HT %2, TVA %3, TTC %4</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>Moyens de paiement</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non compté</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Scan or type the receipt number (F2)</source>
        <translation>Scannez ou saisissez le numéro de ticket (F2)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>vente</translation>
    </message>
    <message>
        <source>return</source>
        <translation>retour</translation>
    </message>
    <message>
        <source>void</source>
        <translation>annulation</translation>
    </message>
    <message>
        <source>Find the sale the customer brings back</source>
        <translation>Recherchez la vente que le client rapporte</translation>
    </message>
    <message>
        <source>Sale %1 · %2 · %3</source>
        <translation>Vente %1 · %2 · %3</translation>
    </message>
    <message>
        <source>sold %1, returned %2</source>
        <translation>vendu %1, retourné %2</translation>
    </message>
    <message>
        <source>sold %1</source>
        <translation>vendu %1</translation>
    </message>
    <message>
        <source>Back on the shelf</source>
        <translation>Remettre en rayon</translation>
    </message>
    <message>
        <source>Refund to</source>
        <translation>Rembourser sur</translation>
    </message>
    <message>
        <source>the original payment</source>
        <translation>le moyen de paiement d’origine</translation>
    </message>
    <message>
        <source>store credit</source>
        <translation>un avoir</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Return everything</source>
        <translation>Tout retourner</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <source>Void sale</source>
        <translation>Annuler la vente</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>Rembourser %1</translation>
    </message>
    <message>
        <source>Void sale %1</source>
        <translation>Annuler la vente %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annuler le ticket</translation>
    </message>
    <message>
        <source>voiding a sale</source>
        <translation>annulation d’une vente</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <source>A4 invoice</source>
        <translation>Facture A4</translation>
    </message>
</context>
<context>
    <name>SellPage</name>
    <message>
        <source>Scan, or type a name, SKU or barcode (F2)</source>
        <translation>Scannez ou saisissez un nom, une référence ou un code-barres (F2)</translation>
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
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Last sale %1</source>
        <translation>Dernière vente %1</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Rendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message numerus="yes">
        <source>%n parked sale(s)</source>
        <translation>
            <numerusform>%n vente en attente</numerusform>
            <numerusform>%n ventes en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys: F2 search · F4 quantity · F5 line discount · F6 cart discount · F7 customer · F8 park · F9 parked · F10 price · F11 note · F12 pay · Ctrl+↑/↓ choose line · Ctrl+/- quantity · Ctrl+Del remove · Ctrl+D discard</source>
        <translation>Touches&#xa0;: F2 recherche · F4 quantité · F5 remise ligne · F6 remise globale · F7 client · F8 mise en attente · F9 ventes en attente · F10 prix · F11 note · F12 payer · Ctrl+↑/↓ choisir la ligne · Ctrl+/- quantité · Ctrl+Del supprimer · Ctrl+D abandonner</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Client&#xa0;: %1</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Aucun client</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>price changed</source>
        <translation>prix modifié</translation>
    </message>
    <message>
        <source>−%1 discount</source>
        <translation>−%1 de remise</translation>
    </message>
    <message>
        <source>Scan an article to start a sale</source>
        <translation>Scannez un article pour commencer une vente</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>incl. %1 tax on %2: %3</source>
        <translation>dont TVA %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Mettre en attente</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Carte cadeau</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Payer %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Thème sombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation>Ce poste de caisse</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Société&#xa0;: %1</translation>
    </message>
    <message>
        <source>Shop: %1</source>
        <translation>Magasin&#xa0;: %1</translation>
    </message>
    <message>
        <source>Receipt numbers: %1-…</source>
        <translation>Numéros de ticket&#xa0;: %1-…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is the demo: sales stay on this computer.</source>
        <translation>Ceci est la démo&#xa0;: les ventes restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Imprimante de tickets</translation>
    </message>
    <message>
        <source>tcp://192.168.1.50:9100, serial:/dev/ttyUSB0?baud=19200 or empty</source>
        <translation>tcp://192.168.1.50:9100, serial:/dev/ttyUSB0?baud=19200 ou vide</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) waiting: %1</source>
        <translation>
            <numerusform>%n ticket en attente&#xa0;: %1</numerusform>
            <numerusform>%n tickets en attente&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Printer ready</source>
        <translation>Imprimante prête</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Welcome to Kassa</source>
        <translation>Bienvenue dans Kassa</translation>
    </message>
    <message>
        <source>Try Kassa on a demo shop: three companies, their shops, products, stock and a year of sales, on this computer only.</source>
        <translation>Essayez Kassa sur un magasin de démonstration&#xa0;: trois sociétés, leurs magasins, produits, stocks et une année de ventes, uniquement sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Try the demo shop</source>
        <translation>Essayer le magasin de démo</translation>
    </message>
    <message>
        <source>Or sell standalone on a Kassa database</source>
        <translation>Ou vendre en autonome sur une base de données Kassa</translation>
    </message>
    <message>
        <source>Database file, e.g. /var/lib/kassa/shop.db</source>
        <translation>Fichier de base de données, ex. /var/lib/kassa/shop.db</translation>
    </message>
    <message>
        <source>Shop (its short name, e.g. berlin-mitte)</source>
        <translation>Magasin (son nom court, ex. berlin-mitte)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <source>Shift open since %1</source>
        <translation>Caisse ouverte depuis %1</translation>
    </message>
    <message>
        <source>No shift is open</source>
        <translation>La caisse n’est pas ouverte</translation>
    </message>
    <message>
        <source>Float in the drawer</source>
        <translation>Fond de caisse dans le tiroir</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Ouvrir la caisse</translation>
    </message>
    <message>
        <source>Cash in or out</source>
        <translation>Entrée ou sortie d’espèces</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Reason, e.g. change from the bank, paid the window cleaner</source>
        <translation>Motif, ex. monnaie de la banque, laveur de vitres payé</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>Rapport X</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Clôturer la caisse</translation>
    </message>
    <message>
        <source>Count the drawer (the float included) and enter the card terminal&apos;s batch total. The expected figures show after the close.</source>
        <translation>Comptez le tiroir (fond de caisse compris) et saisissez le total de la télécollecte du TPE. Les montants attendus s’affichent après la clôture.</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <source>Card batch total (optional)</source>
        <translation>Total télécollecte TPE (facultatif)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Close with this count</source>
        <translation>Clôturer avec ce comptage</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Pas encore de rapport</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>%1 — who is selling?</source>
        <translation>%1 — qui encaisse&#xa0;?</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>Code PIN de %1</translation>
    </message>
    <message>
        <source>Choose your name</source>
        <translation>Choisissez votre nom</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Or with e-mail and password</source>
        <translation>Ou avec e-mail et mot de passe</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
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
        <translation>● En ligne</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Hors ligne</translation>
    </message>
    <message>
        <source>● Standalone</source>
        <translation>● Autonome</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) waiting to sync</source>
        <translation>
            <numerusform>%n opération en attente de synchronisation</numerusform>
            <numerusform>%n opérations en attente de synchronisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printer: %1 (%n receipt(s) queued)</source>
        <translation>
            <numerusform>Imprimante&#xa0;: %1 (%n ticket en file d’attente)</numerusform>
            <numerusform>Imprimante&#xa0;: %1 (%n tickets en file d’attente)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) printing</source>
        <translation>
            <numerusform>%n ticket en cours d’impression</numerusform>
            <numerusform>%n tickets en cours d’impression</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kassa::FilePrinterTransport</name>
    <message>
        <source>Cannot write to the printer file %1: %2</source>
        <translation>Impossible d’écrire dans le fichier d’imprimante %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>kassa::NetworkPrinterTransport</name>
    <message>
        <source>The receipt printer at %1 does not take the receipt. Is it out of paper or is its cover open?</source>
        <translation>L’imprimante de tickets %1 n’accepte pas le ticket. Manque-t-elle de papier ou son capot est-il ouvert&#xa0;?</translation>
    </message>
    <message>
        <source>The receipt printer at %1 does not answer. Check that it is switched on and connected.</source>
        <translation>L’imprimante de tickets %1 ne répond pas. Vérifiez qu’elle est allumée et connectée.</translation>
    </message>
    <message>
        <source>The receipt printer at %1 is still busy with the previous job.</source>
        <translation>L’imprimante de tickets %1 est encore occupée par la tâche précédente.</translation>
    </message>
    <message>
        <source>The receipt printer at %1 closed the connection before the receipt was sent.</source>
        <translation>L’imprimante de tickets %1 a fermé la connexion avant l’envoi du ticket.</translation>
    </message>
    <message>
        <source>The receipt printer at %1 refuses the connection. Is it switched on?</source>
        <translation>L’imprimante de tickets %1 refuse la connexion. Est-elle allumée&#xa0;?</translation>
    </message>
    <message>
        <source>The receipt printer&apos;s address %1 is unknown.</source>
        <translation>L’adresse %1 de l’imprimante de tickets est inconnue.</translation>
    </message>
    <message>
        <source>The receipt printer at %1 cannot be reached: %2</source>
        <translation>L’imprimante de tickets %1 est injoignable&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>kassa::PrinterTransport</name>
    <message>
        <source>A network printer needs a host: tcp://HOST:9100</source>
        <translation>Une imprimante réseau a besoin d’un hôte&#xa0;: tcp://HOST:9100</translation>
    </message>
    <message>
        <source>A serial printer needs a port: serial:/dev/ttyUSB0?baud=19200</source>
        <translation>Une imprimante série a besoin d’un port&#xa0;: serial:/dev/ttyUSB0?baud=19200</translation>
    </message>
    <message>
        <source>The baud rate of %1 is not a number</source>
        <translation>Le débit en bauds de %1 n’est pas un nombre</translation>
    </message>
    <message>
        <source>%1 is not a printer address (tcp://HOST:PORT, serial:PORT?baud=N or file:PATH)</source>
        <translation>%1 n’est pas une adresse d’imprimante (tcp://HOST:PORT, serial:PORT?baud=N ou file:PATH)</translation>
    </message>
</context>
<context>
    <name>kassa::SerialPrinterTransport</name>
    <message>
        <source>The receipt printer on %1 does not take the receipt. Is it out of paper, or is the baud rate wrong?</source>
        <translation>L’imprimante de tickets sur %1 n’accepte pas le ticket. Manque-t-elle de papier, ou le débit en bauds est-il incorrect&#xa0;?</translation>
    </message>
    <message>
        <source>The receipt printer on %1 cannot be opened: %2</source>
        <translation>L’imprimante de tickets sur %1 ne peut pas être ouverte&#xa0;: %2</translation>
    </message>
    <message>
        <source>The receipt printer on %1 failed: %2</source>
        <translation>L’imprimante de tickets sur %1 est en erreur&#xa0;: %2</translation>
    </message>
    <message>
        <source>The receipt printer on %1 is still busy with the previous job.</source>
        <translation>L’imprimante de tickets sur %1 est encore occupée par la tâche précédente.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ClientSession</name>
    <message>
        <source>The terminal&apos;s database %1 cannot be opened: %2</source>
        <translation>La base de données %1 du poste ne peut pas être ouverte&#xa0;: %2</translation>
    </message>
    <message>
        <source>This terminal&apos;s identity cannot be read: %1</source>
        <translation>L’identité de ce poste ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose the shop this terminal sells for.</source>
        <translation>Choisissez le magasin pour lequel ce poste encaisse.</translation>
    </message>
    <message>
        <source>There is no open shop &quot;%1&quot; in this database.</source>
        <translation>Il n’y a aucun magasin ouvert «&#xa0;%1&#xa0;» dans cette base de données.</translation>
    </message>
    <message>
        <source>kassactl is missing beside kassa (%1): it makes the demo data.</source>
        <translation>kassactl est absent à côté de kassa (%1)&#xa0;: il génère les données de démonstration.</translation>
    </message>
    <message>
        <source>The demo data could not be made: %1</source>
        <translation>Les données de démonstration n’ont pas pu être générées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Preparing the demo shop: products, stock, customers and a year of sales. This takes about a minute, once.</source>
        <translation>Préparation du magasin de démonstration&#xa0;: produits, stocks, clients et une année de ventes. Cela prend environ une minute, une seule fois.</translation>
    </message>
    <message>
        <source>%1 does not work in this shop.</source>
        <translation>%1 ne travaille pas dans ce magasin.</translation>
    </message>
    <message>
        <source>%1 may not use a till.</source>
        <translation>%1 n’a pas le droit d’utiliser une caisse.</translation>
    </message>
    <message>
        <source>Wrong PIN. After 5 wrong PINs the PIN is locked for 5 minutes.</source>
        <translation>Code PIN erroné. Après 5 codes erronés, le code PIN est bloqué pendant 5 minutes.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: this PIN is locked for a few minutes. A manager can reset it.</source>
        <translation>Trop de codes PIN erronés&#xa0;: ce code PIN est bloqué pendant quelques minutes. Un responsable peut le réinitialiser.</translation>
    </message>
    <message>
        <source>This account cannot sign in. Ask your manager.</source>
        <translation>Ce compte ne peut pas se connecter. Adressez-vous à votre responsable.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>L’adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for 15 minutes.</source>
        <translation>Trop de mots de passe erronés&#xa0;: ce compte est bloqué pendant 15 minutes.</translation>
    </message>
    <message>
        <source>No one at %1 has the e-mail address %2.</source>
        <translation>Personne chez %1 n’a l’adresse e-mail %2.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: this PIN is locked for a few minutes.</source>
        <translation>Trop de codes PIN erronés&#xa0;: ce code PIN est bloqué pendant quelques minutes.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code PIN erroné.</translation>
    </message>
    <message>
        <source>%1 may not approve this.</source>
        <translation>%1 n’a pas le droit de valider ceci.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ParkedSalesModel</name>
    <message numerus="yes">
        <source>Sale with %n line(s)</source>
        <translation>
            <numerusform>Vente de %n ligne</numerusform>
            <numerusform>Vente de %n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReceiptController</name>
    <message>
        <source>The printer address is not usable: %1</source>
        <translation>L’adresse de l’imprimante est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>No receipt printer is set up (Settings).</source>
        <translation>Aucune imprimante de tickets n’est configurée (Paramètres).</translation>
    </message>
    <message>
        <source>The receipt could not be queued: %1</source>
        <translation>Le ticket n’a pas pu être mis en file d’attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>The report could not be queued: %1</source>
        <translation>Le rapport n’a pas pu être mis en file d’attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>The receipt could not be read: %1</source>
        <translation>Le ticket n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>Le PDF n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReturnController</name>
    <message>
        <source>Changed mind</source>
        <translation>Changement d’avis</translation>
    </message>
    <message>
        <source>Wrong size</source>
        <translation>Mauvaise taille</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Défectueux</translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation>Endommagé pendant le transport</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Mauvais article</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>%1 is a return or a void itself: find the sale it belongs to.</source>
        <translation>%1 est lui-même un retour ou une annulation&#xa0;: recherchez la vente d’origine.</translation>
    </message>
    <message>
        <source>This sale was voided: nothing is left to return.</source>
        <translation>Cette vente a été annulée&#xa0;: il ne reste rien à retourner.</translation>
    </message>
    <message>
        <source>No sale has the receipt number %1.</source>
        <translation>Aucune vente ne porte le numéro de ticket %1.</translation>
    </message>
    <message>
        <source>At most %1 of this line can come back.</source>
        <translation>Au plus %1 de cette ligne peuvent être retournés.</translation>
    </message>
    <message>
        <source>Choose what comes back first.</source>
        <translation>Choisissez d’abord ce qui est retourné.</translation>
    </message>
    <message>
        <source>Find the sale first.</source>
        <translation>Recherchez d’abord la vente.</translation>
    </message>
    <message>
        <source>Voided at the till</source>
        <translation>Annulée en caisse</translation>
    </message>
</context>
<context>
    <name>kassa::ui::SearchModel</name>
    <message>
        <source>Search failed: %1</source>
        <translation>Échec de la recherche&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>kassa::ui::SellController</name>
    <message>
        <source>%1&apos;s sale</source>
        <translation>Vente de %1</translation>
    </message>
    <message>
        <source>Not enough in stock: %1</source>
        <translation>Stock insuffisant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open a shift first.</source>
        <translation>Ouvrez d’abord la caisse.</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Non autorisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown code: %1</source>
        <translation>Code inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d’abord.</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished sale(s) from before the restart are parked: resume them from Parked sales.</source>
        <translation>
            <numerusform>%n vente non terminée avant le redémarrage a été mise en attente&#xa0;: reprenez-la depuis Ventes en attente.</numerusform>
            <numerusform>%n ventes non terminées avant le redémarrage ont été mises en attente&#xa0;: reprenez-les depuis Ventes en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cart could not be saved: %1</source>
        <translation>Le ticket en cours n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>La quantité doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>A weighed article&apos;s quantity comes from its label.</source>
        <translation>La quantité d’un article pesé provient de son étiquette.</translation>
    </message>
    <message>
        <source>all lines removed</source>
        <translation>toutes les lignes supprimées</translation>
    </message>
    <message>
        <source>A discount is a percentage from 0 to 100 or an amount.</source>
        <translation>Une remise est un pourcentage de 0 à 100 ou un montant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no amount.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no price.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un prix.</translation>
    </message>
    <message>
        <source>A gift card needs its code and an amount.</source>
        <translation>Une carte cadeau nécessite son code et un montant.</translation>
    </message>
    <message>
        <source>Gift card %1</source>
        <translation>Carte cadeau %1</translation>
    </message>
    <message>
        <source>Unknown kind of payment: %1</source>
        <translation>Moyen de paiement inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>Le ticket est vide.</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Rien n’est dû.</translation>
    </message>
    <message>
        <source>Store credit needs the customer: attach her first.</source>
        <translation>L’avoir nécessite le client&#xa0;: associez-le d’abord.</translation>
    </message>
    <message>
        <source>A manager must approve: %1</source>
        <translation>Validation d’un responsable requise&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is still due.</source>
        <translation>Reste à payer&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ShiftController</name>
    <message>
        <source>&quot;%1&quot; is no amount.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant.</translation>
    </message>
    <message>
        <source>Say why the cash goes in or out.</source>
        <translation>Indiquez le motif de l’entrée ou de la sortie d’espèces.</translation>
    </message>
    <message>
        <source>Count the cash in the drawer and enter it (the float included).</source>
        <translation>Comptez les espèces du tiroir et saisissez le montant (fond de caisse compris).</translation>
    </message>
</context>
<context>
    <name>kassa::ui::StaffModel</name>
    <message>
        <source>Platform administrator</source>
        <translation>Administrateur de la plateforme</translation>
    </message>
    <message>
        <source>Company administrator</source>
        <translation>Administrateur de la société</translation>
    </message>
    <message>
        <source>Shop manager</source>
        <translation>Responsable de magasin</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>kassa::ui::TenderModel</name>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Carte cadeau</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Bon d’achat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
</TS>
