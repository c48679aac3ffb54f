CREATE TABLE "flow_drafts" (
	"flow" text PRIMARY KEY NOT NULL,
	"definition" jsonb NOT NULL,
	"base_version_id" uuid NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "studio_audit" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"flow" text NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "studio_audit_flow_idx" ON "studio_audit" USING btree ("flow","id");