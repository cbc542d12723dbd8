-- Version 2026-10 of the terms of use and the privacy policy, and the first "other legal information"
-- page, in each market's language (BE in French and Dutch; GB and US in English). Figures that
-- follow the configuration ({serviceFeeMin}, {commission}, {activeRecipients}, …) are filled in when
-- the page is shown, from the fee settings, the service fee table and the order history.
INSERT INTO legal_documents (kind, market, language, version, title, body, effective_at, created_at)
SELECT d.kind, m.market, m.language, '2026-10', d.title, d.body, '2026-10-01T00:00:00Z', '2026-10-01T00:00:00Z'
FROM (VALUES ('FR', 'fr'), ('BE', 'fr'), ('BE', 'nl'), ('DE', 'de'), ('NL', 'nl'), ('SE', 'sv'), ('ES', 'es'),
  ('IT', 'it'), ('GB', 'en'), ('US', 'en')) AS m(market, language)
JOIN (VALUES
  ('terms', 'en', 'Terms of use', $b$## 1. The service
Reloop is an online marketplace: professional sellers sell refurbished electronics to you under their own name, and Reloop collects the payment on their behalf. The seller is your contracting party: it issues your invoice and owes you the legal guarantee of conformity and any commercial warranty it offers.
## 2. Your account
One account per person, with accurate details. Reloop Pro accounts are for companies only, with an intra-community VAT number in the EU. Keep your password secret; you may close your account at any time from your account settings.
## 3. Orders and prices
Prices are set by sellers and include VAT where it applies; the price charged is the price shown when you order, plus shipping and the service fee shown before payment. You may withdraw from a purchase within 14 days of delivery without giving a reason.
## 4. Rules of use
Automated extraction of the catalogue (scraping) is forbidden and traffic is rate-limited. Content you post (reviews, messages) must be lawful and relate to your purchase.
## 5. Suspension and closure
Reloop may suspend or close an account that breaks these terms or the law; you then receive a statement of reasons and can contest it free of charge within 6 months. An account closed by Reloop cannot be registered again without our authorisation.
## 6. Changes
When these terms change, we show you the new version before it applies to you, and you accept it or close your account.$b$),
  ('privacy', 'en', 'Privacy policy', $b$## Who we are
Reloop is the controller of the personal data processed on the marketplace; sellers are controllers of the data they receive to fulfil your orders.
## What we process and why
Account, order, payment and support data, to provide the service (contract); invoices, tax and Digital Services Act records (legal obligation); fraud prevention and security logs (legitimate interest); marketing emails only with your consent.
## How long
Account data while your account is open, then erased, except records the law requires us to keep (accounting documents: 10 years).
## Your rights
You may access, correct, export and erase your data, restrict or object to processing, and withdraw your consent at any time, by writing to privacy@reloop.example. You may also complain to your data protection authority.$b$),
  ('information', 'en', 'Other legal information', $b$## How Reloop works
Reloop is an online marketplace. Professional sellers list refurbished devices, set their prices and sell them under their own name: the seller is your contracting party and owes you the legal guarantee. Reloop runs the platform, checks sellers before they can sell, collects payment on their behalf and handles customer support.
## Financial conditions
Buyers pay the seller’s price, the shipping shown and, per order, a service fee for secure payment and support: from {serviceFeeMin} to {serviceFeeMax} depending on the amount of the items, and never more than {serviceFeeCap} of it above the minimum. Sellers pay Reloop a commission of {commission} of each sale, all taxes and shipping included, and a monthly subscription of {monthlyFee} excluding VAT. Sellers are paid {payoutDays} days after shipping.
## Listing, delisting and ranking
A seller may list products of the catalogue once its identity, company registration, VAT number and bank account have been verified. Reloop may delist an offer or suspend a seller that breaks the law or the seller terms, or whose quality falls below our standards; the seller then receives a statement of reasons and can contest it. For each grade one offer is shown first: the one with the best balance of landed price (item, shipping and mandatory fees) and seller quality (defect, late delivery and cancellation rates). No one can pay for a better position. The parameters are explained on {rankingLink}.
## Reviews
Only buyers who received an order can review it. Reviews are published whether positive or negative, newest first; Reloop removes only reviews that are unlawful, abusive or unrelated to the purchase, and does not pay for reviews.
## Contact point (Digital Services Act, Articles 11 and 12)
The authorities of the Member States, the European Commission and the European Board for Digital Services can reach Reloop’s single point of contact at dsa@reloop.example, in English or French. Users can write to the same address; their messages are answered by people, not only by automated means.
## Average monthly active recipients (Digital Services Act, Article 24(2))
Over the six months to {recipientsUntil}, Reloop had on average {activeRecipients} monthly active recipients of its service in the European Union (buyers and sellers).
## Dispute resolution
If a complaint is not solved with the seller or with our support, you can turn free of charge to {mediator}. Against a decision on your content or your account, you can also address a certified out-of-court dispute settlement body (Digital Services Act, Article 21), or the courts.$b$),

  ('terms', 'fr', 'Conditions générales d’utilisation', $b$## 1. Le service
Reloop est une place de marché en ligne : des vendeurs professionnels vous vendent en leur nom des appareils électroniques reconditionnés, et Reloop encaisse le paiement pour leur compte. Le vendeur est votre cocontractant : il émet votre facture et vous doit la garantie légale de conformité ainsi que toute garantie commerciale qu’il propose.
## 2. Votre compte
Un seul compte par personne, avec des informations exactes. Les comptes Reloop Pro sont réservés aux entreprises, avec un numéro de TVA intracommunautaire dans l’UE. Gardez votre mot de passe secret ; vous pouvez fermer votre compte à tout moment depuis vos paramètres.
## 3. Commandes et prix
Les prix sont fixés par les vendeurs et s’entendent TVA comprise lorsqu’elle s’applique ; le prix facturé est celui affiché lors de la commande, plus la livraison et les frais de service indiqués avant le paiement. Vous pouvez vous rétracter dans les 14 jours suivant la livraison sans avoir à vous justifier.
## 4. Règles d’utilisation
L’extraction automatisée du catalogue (scraping) est interdite et le trafic est limité. Les contenus que vous publiez (avis, messages) doivent être licites et porter sur votre achat.
## 5. Suspension et fermeture
Reloop peut suspendre ou fermer un compte qui enfreint ces conditions ou la loi ; vous recevez alors un exposé des motifs et pouvez le contester gratuitement dans un délai de 6 mois. Un compte fermé par Reloop ne peut être réouvert sans notre autorisation.
## 6. Modifications
Lorsque ces conditions changent, nous vous présentons la nouvelle version avant qu’elle ne s’applique à vous : vous l’acceptez ou vous fermez votre compte.$b$),
  ('privacy', 'fr', 'Politique de confidentialité', $b$## Qui sommes-nous
Reloop est responsable du traitement des données personnelles traitées sur la place de marché ; les vendeurs sont responsables des données qu’ils reçoivent pour exécuter vos commandes.
## Quelles données et pourquoi
Données de compte, de commande, de paiement et d’assistance, pour fournir le service (contrat) ; factures, obligations fiscales et registres exigés par le règlement sur les services numériques (obligation légale) ; prévention de la fraude et journaux de sécurité (intérêt légitime) ; e-mails commerciaux uniquement avec votre consentement.
## Combien de temps
Les données de compte tant que votre compte est ouvert, puis elles sont effacées, sauf celles que la loi nous impose de conserver (pièces comptables : 10 ans).
## Vos droits
Vous pouvez accéder à vos données, les rectifier, les exporter et les effacer, limiter leur traitement ou vous y opposer, et retirer votre consentement à tout moment, en écrivant à privacy@reloop.example. Vous pouvez aussi saisir la CNIL ou l’autorité de protection des données de votre pays.$b$),
  ('information', 'fr', 'Autres informations légales', $b$## Comment fonctionne Reloop
Reloop est une place de marché en ligne. Des vendeurs professionnels y proposent des appareils reconditionnés, fixent leurs prix et vendent en leur nom : le vendeur est votre cocontractant et vous doit la garantie légale. Reloop exploite la plateforme, vérifie les vendeurs avant qu’ils ne puissent vendre, encaisse le paiement pour leur compte et assure le service client.
## Conditions financières
L’acheteur paie le prix du vendeur, la livraison affichée et, par commande, des frais de service pour le paiement sécurisé et l’assistance : de {serviceFeeMin} à {serviceFeeMax} selon le montant des articles, et jamais plus de {serviceFeeCap} de ce montant au-delà du minimum. Les vendeurs versent à Reloop une commission de {commission} sur chaque vente, toutes taxes et livraison comprises, et un abonnement mensuel de {monthlyFee} HT. Les vendeurs sont payés {payoutDays} jours après l’expédition.
## Référencement, déréférencement et classement
Un vendeur peut proposer les produits du catalogue une fois son identité, son immatriculation, son numéro de TVA et son compte bancaire vérifiés. Reloop peut déréférencer une offre ou suspendre un vendeur qui enfreint la loi ou les conditions vendeurs, ou dont la qualité passe sous nos exigences ; le vendeur reçoit alors un exposé des motifs et peut le contester. Pour chaque état, une offre est présentée en premier : celle qui offre le meilleur équilibre entre le prix rendu (article, livraison et frais obligatoires) et la qualité du vendeur (taux de défauts, de retards de livraison et d’annulations). Aucun paiement ne permet d’obtenir un meilleur classement. Les paramètres sont détaillés sur {rankingLink}.
## Avis
Seuls les acheteurs ayant reçu une commande peuvent la noter. Les avis sont publiés qu’ils soient positifs ou négatifs, du plus récent au plus ancien ; Reloop ne retire que les avis illicites, injurieux ou sans rapport avec l’achat, et ne rémunère aucun avis.
## Point de contact (règlement sur les services numériques, articles 11 et 12)
Les autorités des États membres, la Commission européenne et le Comité européen des services numériques peuvent joindre le point de contact unique de Reloop à dsa@reloop.example, en français ou en anglais. Les utilisateurs peuvent écrire à la même adresse ; leurs messages reçoivent une réponse d’une personne, pas seulement de moyens automatisés.
## Nombre moyen de destinataires actifs par mois (règlement sur les services numériques, article 24, paragraphe 2)
Sur les six mois précédant le {recipientsUntil}, Reloop a compté en moyenne {activeRecipients} destinataires actifs par mois de son service dans l’Union européenne (acheteurs et vendeurs).
## Règlement des litiges
Si une réclamation n’est pas résolue avec le vendeur ou notre service client, vous pouvez recourir gratuitement à {mediator}. Contre une décision concernant vos contenus ou votre compte, vous pouvez aussi saisir un organe de règlement extrajudiciaire des litiges certifié (règlement sur les services numériques, article 21) ou les tribunaux.$b$),

  ('terms', 'de', 'Nutzungsbedingungen', $b$## 1. Der Dienst
Reloop ist ein Online-Marktplatz: Gewerbliche Verkäufer verkaufen Ihnen in eigenem Namen generalüberholte Elektronik, Reloop zieht die Zahlung in ihrem Auftrag ein. Der Verkäufer ist Ihr Vertragspartner: Er stellt Ihre Rechnung aus und haftet für die gesetzliche Gewährleistung sowie für jede Garantie, die er anbietet.
## 2. Ihr Konto
Ein Konto pro Person, mit zutreffenden Angaben. Reloop-Pro-Konten sind Unternehmen vorbehalten, in der EU mit einer Umsatzsteuer-Identifikationsnummer. Halten Sie Ihr Passwort geheim; Sie können Ihr Konto jederzeit in Ihren Kontoeinstellungen schließen.
## 3. Bestellungen und Preise
Die Preise legen die Verkäufer fest, gegebenenfalls einschließlich Umsatzsteuer; berechnet wird der bei der Bestellung angezeigte Preis zuzüglich Versand und der vor der Zahlung angezeigten Servicegebühr. Sie können einen Kauf innerhalb von 14 Tagen nach der Lieferung ohne Angabe von Gründen widerrufen.
## 4. Nutzungsregeln
Das automatisierte Auslesen des Katalogs (Scraping) ist verboten, der Datenverkehr ist begrenzt. Inhalte, die Sie veröffentlichen (Bewertungen, Nachrichten), müssen rechtmäßig sein und sich auf Ihren Kauf beziehen.
## 5. Sperrung und Schließung
Reloop kann ein Konto sperren oder schließen, das gegen diese Bedingungen oder das Gesetz verstößt; Sie erhalten dann eine Begründung und können sie innerhalb von 6 Monaten kostenlos anfechten. Ein von Reloop geschlossenes Konto kann ohne unsere Zustimmung nicht erneut registriert werden.
## 6. Änderungen
Ändern sich diese Bedingungen, zeigen wir Ihnen die neue Fassung, bevor sie für Sie gilt: Sie nehmen sie an oder schließen Ihr Konto.$b$),
  ('privacy', 'de', 'Datenschutzerklärung', $b$## Wer wir sind
Reloop ist Verantwortlicher für die auf dem Marktplatz verarbeiteten personenbezogenen Daten; die Verkäufer sind Verantwortliche für die Daten, die sie zur Abwicklung Ihrer Bestellungen erhalten.
## Was wir verarbeiten und warum
Konto-, Bestell-, Zahlungs- und Supportdaten, um den Dienst zu erbringen (Vertrag); Rechnungen, steuerliche Aufzeichnungen und Aufzeichnungen nach dem Gesetz über digitale Dienste (rechtliche Verpflichtung); Betrugsprävention und Sicherheitsprotokolle (berechtigtes Interesse); Werbe-E-Mails nur mit Ihrer Einwilligung.
## Wie lange
Kontodaten, solange Ihr Konto besteht; danach werden sie gelöscht, außer den Unterlagen, die wir gesetzlich aufbewahren müssen (Buchungsbelege: 10 Jahre).
## Ihre Rechte
Sie können Auskunft, Berichtigung, Datenübertragung und Löschung verlangen, die Verarbeitung einschränken lassen oder ihr widersprechen und Ihre Einwilligung jederzeit widerrufen: schreiben Sie an privacy@reloop.example. Sie können sich auch bei Ihrer Datenschutzaufsichtsbehörde beschweren.$b$),
  ('information', 'de', 'Weitere rechtliche Informationen', $b$## So funktioniert Reloop
Reloop ist ein Online-Marktplatz. Gewerbliche Verkäufer bieten dort generalüberholte Geräte an, legen ihre Preise fest und verkaufen in eigenem Namen: Der Verkäufer ist Ihr Vertragspartner und haftet für die gesetzliche Gewährleistung. Reloop betreibt die Plattform, prüft Verkäufer, bevor sie verkaufen dürfen, zieht die Zahlung in ihrem Auftrag ein und übernimmt den Kundenservice.
## Finanzielle Bedingungen
Käufer zahlen den Preis des Verkäufers, die angezeigten Versandkosten und pro Bestellung eine Servicegebühr für die sichere Zahlung und den Support: von {serviceFeeMin} bis {serviceFeeMax} je nach Warenwert, oberhalb des Mindestbetrags nie mehr als {serviceFeeCap} davon. Verkäufer zahlen Reloop eine Provision von {commission} jedes Verkaufs, einschließlich aller Steuern und Versandkosten, und ein monatliches Abonnement von {monthlyFee} zuzüglich Umsatzsteuer. Verkäufer werden {payoutDays} Tage nach dem Versand ausgezahlt.
## Listung, Auslistung und Ranking
Ein Verkäufer kann Produkte des Katalogs anbieten, sobald seine Identität, seine Registereintragung, seine Umsatzsteuer-Identifikationsnummer und sein Bankkonto geprüft sind. Reloop kann ein Angebot auslisten oder einen Verkäufer sperren, der gegen das Gesetz oder die Verkäuferbedingungen verstößt oder dessen Qualität unter unsere Anforderungen fällt; der Verkäufer erhält dann eine Begründung und kann sie anfechten. Für jeden Zustand wird ein Angebot zuerst gezeigt: das mit dem besten Verhältnis aus Endpreis (Artikel, Versand und Pflichtgebühren) und Verkäuferqualität (Mängel-, Verspätungs- und Stornoquote). Eine bessere Platzierung kann niemand kaufen. Die Parameter werden auf {rankingLink} erklärt.
## Bewertungen
Nur Käufer, die eine Bestellung erhalten haben, können sie bewerten. Bewertungen werden veröffentlicht, ob positiv oder negativ, die neuesten zuerst; Reloop entfernt nur rechtswidrige, beleidigende oder nicht auf den Kauf bezogene Bewertungen und bezahlt keine Bewertungen.
## Kontaktstelle (Gesetz über digitale Dienste, Artikel 11 und 12)
Die Behörden der Mitgliedstaaten, die Europäische Kommission und das Europäische Gremium für digitale Dienste erreichen die zentrale Kontaktstelle von Reloop unter dsa@reloop.example, auf Deutsch, Englisch oder Französisch. Nutzer können an dieselbe Adresse schreiben; ihre Nachrichten beantworten Menschen, nicht nur automatisierte Systeme.
## Durchschnittliche monatlich aktive Nutzer (Gesetz über digitale Dienste, Artikel 24 Absatz 2)
In den sechs Monaten bis zum {recipientsUntil} hatte Reloop in der Europäischen Union durchschnittlich {activeRecipients} monatlich aktive Nutzer seines Dienstes (Käufer und Verkäufer).
## Streitbeilegung
Wird eine Beschwerde mit dem Verkäufer oder unserem Kundenservice nicht gelöst, können Sie sich kostenlos an {mediator} wenden. Gegen eine Entscheidung über Ihre Inhalte oder Ihr Konto können Sie sich auch an eine zertifizierte außergerichtliche Streitbeilegungsstelle (Gesetz über digitale Dienste, Artikel 21) oder an die Gerichte wenden.$b$),

  ('terms', 'nl', 'Gebruiksvoorwaarden', $b$## 1. De dienst
Reloop is een online marktplaats: professionele verkopers verkopen u op eigen naam gereviseerde elektronica, en Reloop int de betaling namens hen. De verkoper is uw contractpartij: hij stelt uw factuur op en is verantwoordelijk voor de wettelijke garantie en voor elke commerciële garantie die hij aanbiedt.
## 2. Uw account
Eén account per persoon, met juiste gegevens. Reloop Pro-accounts zijn alleen voor bedrijven, in de EU met een intracommunautair btw-nummer. Houd uw wachtwoord geheim; u kunt uw account op elk moment sluiten via uw accountinstellingen.
## 3. Bestellingen en prijzen
Prijzen worden door de verkopers bepaald, inclusief btw waar die van toepassing is; u betaalt de prijs die bij de bestelling wordt getoond, plus de verzendkosten en de servicekosten die vóór de betaling worden getoond. U kunt een aankoop binnen 14 dagen na levering zonder opgave van redenen herroepen.
## 4. Gebruiksregels
Het geautomatiseerd uitlezen van de catalogus (scraping) is verboden en het verkeer is begrensd. Wat u publiceert (beoordelingen, berichten) moet wettig zijn en over uw aankoop gaan.
## 5. Opschorting en sluiting
Reloop kan een account opschorten of sluiten dat deze voorwaarden of de wet schendt; u ontvangt dan een motivering en kunt die binnen 6 maanden kosteloos aanvechten. Een door Reloop gesloten account kan zonder onze toestemming niet opnieuw worden geregistreerd.
## 6. Wijzigingen
Als deze voorwaarden wijzigen, tonen wij u de nieuwe versie voordat die voor u geldt: u aanvaardt ze of u sluit uw account.$b$),
  ('privacy', 'nl', 'Privacybeleid', $b$## Wie wij zijn
Reloop is verwerkingsverantwoordelijke voor de persoonsgegevens die op de marktplaats worden verwerkt; verkopers zijn verantwoordelijk voor de gegevens die zij ontvangen om uw bestellingen uit te voeren.
## Wat wij verwerken en waarom
Account-, bestel-, betaal- en supportgegevens, om de dienst te leveren (overeenkomst); facturen, fiscale gegevens en registers volgens de digitaledienstenverordening (wettelijke verplichting); fraudepreventie en beveiligingslogs (gerechtvaardigd belang); marketingmails alleen met uw toestemming.
## Hoe lang
Accountgegevens zolang uw account open is; daarna worden ze gewist, behalve de gegevens die wij wettelijk moeten bewaren (boekhoudkundige stukken: 10 jaar).
## Uw rechten
U kunt uw gegevens inzien, corrigeren, exporteren en laten wissen, de verwerking laten beperken of er bezwaar tegen maken, en uw toestemming op elk moment intrekken, door te schrijven naar privacy@reloop.example. U kunt ook een klacht indienen bij uw gegevensbeschermingsautoriteit.$b$),
  ('information', 'nl', 'Overige juridische informatie', $b$## Hoe Reloop werkt
Reloop is een online marktplaats. Professionele verkopers bieden er gereviseerde toestellen aan, bepalen hun prijzen en verkopen op eigen naam: de verkoper is uw contractpartij en is verantwoordelijk voor de wettelijke garantie. Reloop beheert het platform, controleert verkopers voordat ze mogen verkopen, int de betaling namens hen en verzorgt de klantenservice.
## Financiële voorwaarden
Kopers betalen de prijs van de verkoper, de getoonde verzendkosten en per bestelling servicekosten voor de veilige betaling en de ondersteuning: van {serviceFeeMin} tot {serviceFeeMax} afhankelijk van het bedrag van de artikelen, en boven het minimum nooit meer dan {serviceFeeCap} daarvan. Verkopers betalen Reloop een commissie van {commission} op elke verkoop, inclusief alle belastingen en verzendkosten, en een maandabonnement van {monthlyFee} exclusief btw. Verkopers worden {payoutDays} dagen na verzending uitbetaald.
## Vermelding, verwijdering en rangschikking
Een verkoper kan producten uit de catalogus aanbieden zodra zijn identiteit, inschrijving in het handelsregister, btw-nummer en bankrekening zijn gecontroleerd. Reloop kan een aanbieding verwijderen of een verkoper opschorten die de wet of de verkopersvoorwaarden schendt of waarvan de kwaliteit onder onze normen zakt; de verkoper ontvangt dan een motivering en kan die aanvechten. Per staat wordt één aanbieding als eerste getoond: die met de beste verhouding tussen de totaalprijs (artikel, verzending en verplichte kosten) en de kwaliteit van de verkoper (percentages defecten, te late leveringen en annuleringen). Niemand kan betalen voor een betere positie. De parameters worden uitgelegd op {rankingLink}.
## Beoordelingen
Alleen kopers die een bestelling hebben ontvangen, kunnen die beoordelen. Beoordelingen worden gepubliceerd, positief of negatief, de nieuwste eerst; Reloop verwijdert alleen beoordelingen die onwettig, beledigend of niet aan de aankoop gerelateerd zijn, en betaalt niet voor beoordelingen.
## Contactpunt (digitaledienstenverordening, artikelen 11 en 12)
De autoriteiten van de lidstaten, de Europese Commissie en de Europese raad voor digitale diensten bereiken het centrale contactpunt van Reloop via dsa@reloop.example, in het Nederlands, Engels of Frans. Gebruikers kunnen naar hetzelfde adres schrijven; hun berichten worden door mensen beantwoord, niet alleen door geautomatiseerde middelen.
## Gemiddeld aantal maandelijkse actieve afnemers (digitaledienstenverordening, artikel 24, lid 2)
In de zes maanden tot {recipientsUntil} had Reloop in de Europese Unie gemiddeld {activeRecipients} maandelijkse actieve afnemers van zijn dienst (kopers en verkopers).
## Geschillenbeslechting
Wordt een klacht niet opgelost met de verkoper of met onze klantenservice, dan kunt u zich kosteloos wenden tot {mediator}. Tegen een beslissing over uw inhoud of uw account kunt u ook terecht bij een gecertificeerde instantie voor buitengerechtelijke geschillenbeslechting (digitaledienstenverordening, artikel 21) of bij de rechter.$b$),

  ('terms', 'sv', 'Användarvillkor', $b$## 1. Tjänsten
Reloop är en onlinemarknadsplats: yrkesmässiga säljare säljer renoverad elektronik till dig i eget namn, och Reloop tar emot betalningen för deras räkning. Säljaren är din avtalspart: säljaren utfärdar din faktura och ansvarar för reklamationsrätten och för varje garanti som säljaren erbjuder.
## 2. Ditt konto
Ett konto per person, med korrekta uppgifter. Reloop Pro-konton är endast för företag, inom EU med ett momsregistreringsnummer. Håll ditt lösenord hemligt; du kan när som helst avsluta ditt konto i dina kontoinställningar.
## 3. Beställningar och priser
Priserna sätts av säljarna, inklusive moms där den gäller; du betalar det pris som visas när du beställer, plus frakten och serviceavgiften som visas före betalningen. Du kan ångra ett köp inom 14 dagar från leveransen utan att ange skäl.
## 4. Regler för användning
Automatiserad insamling av katalogen (skrapning) är förbjuden och trafiken är begränsad. Det du publicerar (omdömen, meddelanden) ska vara lagligt och gälla ditt köp.
## 5. Avstängning och avslut
Reloop kan stänga av eller avsluta ett konto som bryter mot dessa villkor eller mot lagen; du får då en motivering och kan bestrida den kostnadsfritt inom 6 månader. Ett konto som Reloop har avslutat kan inte registreras igen utan vårt godkännande.
## 6. Ändringar
När dessa villkor ändras visar vi dig den nya versionen innan den gäller för dig: du godkänner den eller avslutar ditt konto.$b$),
  ('privacy', 'sv', 'Integritetspolicy', $b$## Vilka vi är
Reloop är personuppgiftsansvarig för de personuppgifter som behandlas på marknadsplatsen; säljarna är ansvariga för de uppgifter de får för att fullgöra dina beställningar.
## Vad vi behandlar och varför
Konto-, beställnings-, betalnings- och supportuppgifter, för att tillhandahålla tjänsten (avtal); fakturor, skatteuppgifter och register enligt förordningen om digitala tjänster (rättslig förpliktelse); bedrägeriförebyggande och säkerhetsloggar (berättigat intresse); marknadsföringsmejl endast med ditt samtycke.
## Hur länge
Kontouppgifter så länge ditt konto är öppet; därefter raderas de, utom de handlingar som lagen kräver att vi sparar (räkenskapsinformation: 10 år).
## Dina rättigheter
Du kan begära tillgång till, rättelse, export och radering av dina uppgifter, begränsa eller invända mot behandlingen och när som helst återkalla ditt samtycke, genom att skriva till privacy@reloop.example. Du kan också klaga hos Integritetsskyddsmyndigheten (IMY).$b$),
  ('information', 'sv', 'Övrig juridisk information', $b$## Så fungerar Reloop
Reloop är en onlinemarknadsplats. Yrkesmässiga säljare erbjuder renoverade enheter, sätter sina priser och säljer i eget namn: säljaren är din avtalspart och ansvarar för reklamationsrätten. Reloop driver plattformen, kontrollerar säljarna innan de får sälja, tar emot betalningen för deras räkning och sköter kundtjänsten.
## Ekonomiska villkor
Köpare betalar säljarens pris, den frakt som visas och, per beställning, en serviceavgift för säker betalning och support: från {serviceFeeMin} till {serviceFeeMax} beroende på varornas belopp, och över minimibeloppet aldrig mer än {serviceFeeCap} av det. Säljare betalar Reloop en provision på {commission} av varje försäljning, inklusive alla skatter och frakt, och en månadsavgift på {monthlyFee} exklusive moms. Säljare får betalt {payoutDays} dagar efter att varan skickats.
## Listning, avlistning och rangordning
En säljare kan erbjuda produkter ur katalogen när dess identitet, registrering, momsregistreringsnummer och bankkonto har kontrollerats. Reloop kan avlista ett erbjudande eller stänga av en säljare som bryter mot lagen eller säljarvillkoren, eller vars kvalitet faller under våra krav; säljaren får då en motivering och kan bestrida den. För varje skick visas ett erbjudande först: det med bäst balans mellan totalpris (vara, frakt och obligatoriska avgifter) och säljarens kvalitet (andel fel, försenade leveranser och avbokningar). Ingen kan betala för en bättre placering. Parametrarna förklaras på {rankingLink}.
## Omdömen
Endast köpare som har fått en beställning kan lämna omdöme om den. Omdömen publiceras oavsett om de är positiva eller negativa, de senaste först; Reloop tar bara bort omdömen som är olagliga, kränkande eller inte gäller köpet, och betalar inte för omdömen.
## Kontaktpunkt (förordningen om digitala tjänster, artiklarna 11 och 12)
Medlemsstaternas myndigheter, Europeiska kommissionen och den europeiska styrelsen för digitala tjänster når Reloops gemensamma kontaktpunkt på dsa@reloop.example, på svenska, engelska eller franska. Användare kan skriva till samma adress; deras meddelanden besvaras av människor, inte enbart av automatiserade system.
## Genomsnittligt antal aktiva mottagare per månad (förordningen om digitala tjänster, artikel 24.2)
Under de sex månaderna fram till {recipientsUntil} hade Reloop i genomsnitt {activeRecipients} aktiva mottagare av tjänsten per månad i Europeiska unionen (köpare och säljare).
## Tvistlösning
Om ett klagomål inte löses med säljaren eller vår kundtjänst kan du kostnadsfritt vända dig till {mediator}. Mot ett beslut om ditt innehåll eller ditt konto kan du också vända dig till ett certifierat organ för tvistlösning utanför domstol (förordningen om digitala tjänster, artikel 21) eller till domstol.$b$),

  ('terms', 'es', 'Condiciones de uso', $b$## 1. El servicio
Reloop es un marketplace en línea: vendedores profesionales te venden en su propio nombre aparatos electrónicos reacondicionados, y Reloop cobra el pago por cuenta de ellos. El vendedor es tu parte contratante: emite tu factura y responde de la garantía legal de conformidad y de cualquier garantía comercial que ofrezca.
## 2. Tu cuenta
Una cuenta por persona, con datos exactos. Las cuentas Reloop Pro son solo para empresas, en la UE con un número de IVA intracomunitario. Mantén tu contraseña en secreto; puedes cerrar tu cuenta en cualquier momento desde los ajustes de tu cuenta.
## 3. Pedidos y precios
Los precios los fijan los vendedores e incluyen el IVA cuando se aplica; se cobra el precio mostrado al hacer el pedido, más el envío y la tarifa de servicio indicados antes del pago. Puedes desistir de una compra en los 14 días siguientes a la entrega sin indicar el motivo.
## 4. Normas de uso
La extracción automatizada del catálogo (scraping) está prohibida y el tráfico está limitado. Lo que publiques (opiniones, mensajes) debe ser lícito y referirse a tu compra.
## 5. Suspensión y cierre
Reloop puede suspender o cerrar una cuenta que incumpla estas condiciones o la ley; recibirás entonces una exposición de motivos y podrás recurrirla gratuitamente en un plazo de 6 meses. Una cuenta cerrada por Reloop no puede volver a registrarse sin nuestra autorización.
## 6. Cambios
Cuando estas condiciones cambien, te mostraremos la nueva versión antes de que se te aplique: la aceptas o cierras tu cuenta.$b$),
  ('privacy', 'es', 'Política de privacidad', $b$## Quiénes somos
Reloop es el responsable del tratamiento de los datos personales tratados en el marketplace; los vendedores son responsables de los datos que reciben para ejecutar tus pedidos.
## Qué tratamos y por qué
Datos de cuenta, pedidos, pagos y atención al cliente, para prestar el servicio (contrato); facturas, obligaciones fiscales y registros exigidos por el Reglamento de Servicios Digitales (obligación legal); prevención del fraude y registros de seguridad (interés legítimo); correos comerciales solo con tu consentimiento.
## Durante cuánto tiempo
Los datos de la cuenta mientras esté abierta; después se suprimen, salvo los que la ley nos obliga a conservar (documentos contables: 10 años).
## Tus derechos
Puedes acceder a tus datos, rectificarlos, exportarlos y suprimirlos, limitar su tratamiento u oponerte a él y retirar tu consentimiento en cualquier momento, escribiendo a privacy@reloop.example. También puedes reclamar ante la Agencia Española de Protección de Datos.$b$),
  ('information', 'es', 'Otra información legal', $b$## Cómo funciona Reloop
Reloop es un marketplace en línea. Vendedores profesionales ofrecen aparatos reacondicionados, fijan sus precios y venden en su propio nombre: el vendedor es tu parte contratante y responde de la garantía legal. Reloop gestiona la plataforma, verifica a los vendedores antes de que puedan vender, cobra el pago por cuenta de ellos y presta la atención al cliente.
## Condiciones económicas
El comprador paga el precio del vendedor, el envío indicado y, por pedido, una tarifa de servicio por el pago seguro y la asistencia: de {serviceFeeMin} a {serviceFeeMax} según el importe de los artículos, y nunca más del {serviceFeeCap} de este por encima del mínimo. Los vendedores pagan a Reloop una comisión del {commission} de cada venta, con todos los impuestos y el envío incluidos, y una suscripción mensual de {monthlyFee} más IVA. Los vendedores cobran {payoutDays} días después del envío.
## Publicación, retirada y clasificación
Un vendedor puede ofrecer productos del catálogo una vez verificados su identidad, su inscripción registral, su número de IVA y su cuenta bancaria. Reloop puede retirar una oferta o suspender a un vendedor que incumpla la ley o las condiciones para vendedores, o cuya calidad baje de nuestros requisitos; el vendedor recibe entonces una exposición de motivos y puede recurrirla. Para cada estado se muestra primero una oferta: la que mejor equilibra el precio final (artículo, envío y cargos obligatorios) y la calidad del vendedor (tasas de defectos, retrasos en la entrega y cancelaciones). Nadie puede pagar por una posición mejor. Los parámetros se explican en {rankingLink}.
## Opiniones
Solo los compradores que han recibido un pedido pueden valorarlo. Las opiniones se publican tanto si son positivas como negativas, las más recientes primero; Reloop solo retira las opiniones ilícitas, ofensivas o ajenas a la compra, y no paga por opiniones.
## Punto de contacto (Reglamento de Servicios Digitales, artículos 11 y 12)
Las autoridades de los Estados miembros, la Comisión Europea y la Junta Europea de Servicios Digitales pueden contactar con el punto de contacto único de Reloop en dsa@reloop.example, en español, inglés o francés. Los usuarios pueden escribir a la misma dirección; sus mensajes los responden personas, no solo medios automatizados.
## Promedio mensual de destinatarios activos (Reglamento de Servicios Digitales, artículo 24, apartado 2)
En los seis meses hasta el {recipientsUntil}, Reloop tuvo de media {activeRecipients} destinatarios activos al mes de su servicio en la Unión Europea (compradores y vendedores).
## Resolución de litigios
Si una reclamación no se resuelve con el vendedor o con nuestra atención al cliente, puedes acudir gratuitamente a {mediator}. Frente a una decisión sobre tus contenidos o tu cuenta, también puedes dirigirte a un órgano certificado de resolución extrajudicial de litigios (Reglamento de Servicios Digitales, artículo 21) o a los tribunales.$b$),

  ('terms', 'it', 'Condizioni d’uso', $b$## 1. Il servizio
Reloop è un marketplace online: venditori professionali ti vendono a proprio nome dispositivi elettronici ricondizionati, e Reloop incassa il pagamento per loro conto. Il venditore è la tua controparte: emette la tua fattura e risponde della garanzia legale di conformità e di ogni garanzia commerciale che offre.
## 2. Il tuo account
Un solo account per persona, con dati esatti. Gli account Reloop Pro sono riservati alle imprese, nell’UE con una partita IVA intracomunitaria. Mantieni segreta la tua password; puoi chiudere il tuo account in qualsiasi momento dalle impostazioni.
## 3. Ordini e prezzi
I prezzi sono fissati dai venditori e comprendono l’IVA quando si applica; viene addebitato il prezzo mostrato al momento dell’ordine, più la spedizione e la commissione di servizio indicate prima del pagamento. Puoi recedere da un acquisto entro 14 giorni dalla consegna senza indicarne il motivo.
## 4. Regole d’uso
L’estrazione automatizzata del catalogo (scraping) è vietata e il traffico è limitato. Ciò che pubblichi (recensioni, messaggi) deve essere lecito e riguardare il tuo acquisto.
## 5. Sospensione e chiusura
Reloop può sospendere o chiudere un account che viola queste condizioni o la legge; ricevi allora una motivazione e puoi contestarla gratuitamente entro 6 mesi. Un account chiuso da Reloop non può essere registrato di nuovo senza la nostra autorizzazione.
## 6. Modifiche
Quando queste condizioni cambiano, ti mostriamo la nuova versione prima che si applichi a te: la accetti oppure chiudi il tuo account.$b$),
  ('privacy', 'it', 'Informativa sulla privacy', $b$## Chi siamo
Reloop è titolare del trattamento dei dati personali trattati sul marketplace; i venditori sono titolari dei dati che ricevono per evadere i tuoi ordini.
## Quali dati trattiamo e perché
Dati dell’account, degli ordini, dei pagamenti e dell’assistenza, per fornire il servizio (contratto); fatture, obblighi fiscali e registri previsti dal regolamento sui servizi digitali (obbligo di legge); prevenzione delle frodi e log di sicurezza (legittimo interesse); e-mail promozionali solo con il tuo consenso.
## Per quanto tempo
I dati dell’account finché l’account è aperto, poi vengono cancellati, salvo quelli che la legge ci impone di conservare (scritture contabili: 10 anni).
## I tuoi diritti
Puoi accedere ai tuoi dati, rettificarli, esportarli e cancellarli, limitarne il trattamento od opporti, e revocare il consenso in qualsiasi momento, scrivendo a privacy@reloop.example. Puoi anche proporre reclamo al Garante per la protezione dei dati personali.$b$),
  ('information', 'it', 'Altre informazioni legali', $b$## Come funziona Reloop
Reloop è un marketplace online. Venditori professionali vi offrono dispositivi ricondizionati, fissano i prezzi e vendono a proprio nome: il venditore è la tua controparte e risponde della garanzia legale. Reloop gestisce la piattaforma, verifica i venditori prima che possano vendere, incassa il pagamento per loro conto e offre l’assistenza clienti.
## Condizioni economiche
L’acquirente paga il prezzo del venditore, la spedizione indicata e, per ogni ordine, una commissione di servizio per il pagamento sicuro e l’assistenza: da {serviceFeeMin} a {serviceFeeMax} secondo l’importo degli articoli, e sopra il minimo mai più del {serviceFeeCap} di tale importo. I venditori pagano a Reloop una commissione del {commission} su ogni vendita, tasse e spedizione comprese, e un abbonamento mensile di {monthlyFee} più IVA. I venditori sono pagati {payoutDays} giorni dopo la spedizione.
## Pubblicazione, rimozione e posizionamento
Un venditore può offrire i prodotti del catalogo dopo la verifica della sua identità, dell’iscrizione al registro delle imprese, della partita IVA e del conto bancario. Reloop può rimuovere un’offerta o sospendere un venditore che viola la legge o le condizioni per i venditori, o la cui qualità scende sotto i nostri requisiti; il venditore riceve allora una motivazione e può contestarla. Per ogni condizione viene mostrata per prima un’offerta: quella con il miglior equilibrio tra prezzo finale (articolo, spedizione e costi obbligatori) e qualità del venditore (tassi di difetti, ritardi di consegna e annullamenti). Nessuno può pagare per una posizione migliore. I parametri sono spiegati in {rankingLink}.
## Recensioni
Solo gli acquirenti che hanno ricevuto un ordine possono recensirlo. Le recensioni sono pubblicate sia positive sia negative, dalla più recente; Reloop rimuove solo le recensioni illecite, offensive o estranee all’acquisto, e non paga per le recensioni.
## Punto di contatto (regolamento sui servizi digitali, articoli 11 e 12)
Le autorità degli Stati membri, la Commissione europea e il comitato europeo per i servizi digitali possono contattare il punto di contatto unico di Reloop all’indirizzo dsa@reloop.example, in italiano, inglese o francese. Gli utenti possono scrivere allo stesso indirizzo; ai loro messaggi rispondono persone, non soltanto strumenti automatizzati.
## Numero medio mensile di destinatari attivi (regolamento sui servizi digitali, articolo 24, paragrafo 2)
Nei sei mesi fino al {recipientsUntil}, Reloop ha avuto in media {activeRecipients} destinatari attivi al mese del suo servizio nell’Unione europea (acquirenti e venditori).
## Risoluzione delle controversie
Se un reclamo non si risolve con il venditore o con la nostra assistenza, puoi rivolgerti gratuitamente a {mediator}. Contro una decisione sui tuoi contenuti o sul tuo account, puoi anche rivolgerti a un organismo certificato di risoluzione extragiudiziale delle controversie (regolamento sui servizi digitali, articolo 21) o all’autorità giudiziaria.$b$)
) AS d(kind, language, title, body) ON d.language = m.language;
