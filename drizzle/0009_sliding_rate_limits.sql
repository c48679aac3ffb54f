-- Fixed-window counters become one sliding-window row per key. Counters are short-lived: they start again from zero.
DELETE FROM "rate_limits";--> statement-breakpoint
DROP INDEX "rate_limits_key_window";--> statement-breakpoint
ALTER TABLE "rate_limits" ADD PRIMARY KEY ("key");--> statement-breakpoint
ALTER TABLE "rate_limits" ADD COLUMN "hits" bigint[] NOT NULL;--> statement-breakpoint
ALTER TABLE "rate_limits" ADD COLUMN "refused" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "rate_limits" DROP COLUMN "window_start";--> statement-breakpoint
ALTER TABLE "rate_limits" DROP COLUMN "count";