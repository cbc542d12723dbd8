-- The first versions of the terms of use and the privacy policy, in force in every market.
INSERT INTO legal_documents (kind, market, version, title, body, effective_at, created_at)
SELECT d.kind, m.code, '2026-01', d.title, d.body, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'
FROM (VALUES ('FR'), ('DE'), ('NL'), ('SE'), ('BE'), ('ES'), ('IT'), ('GB'), ('US')) AS m(code)
CROSS JOIN (VALUES
  ('terms', 'Terms of use',
   E'1. Reloop is a marketplace: professional sellers sell refurbished electronics to you; Reloop collects payment on their behalf.\n2. Accounts. One account per person. Reloop Pro accounts are for companies only, with an intra-community VAT number in the EU. Keep your details accurate.\n3. You may close your account at any time from your account settings.\n4. Reloop may suspend or close an account that breaks these terms or the law; you then receive a statement of the reasons and can contest it free of charge within 6 months.\n5. An account closed by Reloop cannot be registered again without our authorisation.\n6. Automated extraction of the catalog (scraping) is forbidden; traffic is rate-limited.\n7. Prices are set by sellers; the price charged is the price at the time of the order.'),
  ('privacy', 'Privacy policy',
   E'We process your account, order and support data to provide the service, to meet legal obligations (accounting, tax, consumer law, the Digital Services Act) and, with your consent, for marketing.\nWe keep account data while your account is open, then erase it except records the law requires us to keep (invoices: 10 years).\nYou may access, correct, export and erase your data, object to processing and complain to your data protection authority.')
) AS d(kind, title, body);
