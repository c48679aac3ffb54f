DROP INDEX "support_cases_serial_idx";--> statement-breakpoint
CREATE INDEX "support_cases_serial_idx" ON "support_cases" USING btree ("serial" text_pattern_ops);