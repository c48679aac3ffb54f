ALTER TABLE "flow_instances" ADD COLUMN "locale" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "locale" text DEFAULT 'en' NOT NULL;