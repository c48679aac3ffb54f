-- pg_trgm ships with PostgreSQL (contrib, a trusted extension since 13) and with PGlite (loaded in lib/db/client.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
DROP INDEX "support_cases_serial_idx";--> statement-breakpoint
CREATE INDEX "support_cases_serial_trgm_idx" ON "support_cases" USING gin ("serial" gin_trgm_ops);