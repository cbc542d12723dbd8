-- Default fees: 10 % commission, EUR 50.00 a month, payouts 7 days after shipping.
INSERT INTO fee_settings (id, default_commission_bp, monthly_fee_minor, payout_delay_days, updated_at) VALUES (1, 1000, 5000, 7, '2026-01-01T00:00:00Z');
