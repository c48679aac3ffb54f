ALTER TABLE "newsletter_subscriptions" ADD COLUMN "consent_locale" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "kind" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "params" jsonb;