CREATE TABLE `annotations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`coalition_id` integer NOT NULL,
	`quarter` text NOT NULL,
	`quarter_index` integer NOT NULL,
	`text` text NOT NULL,
	`component` text,
	`indicator_id` integer,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`archived_at` text,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator_definitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `annotations_coalition` ON `annotations` (`coalition_id`,`quarter_index`);--> statement-breakpoint
CREATE TABLE `answers` (
	`response_id` integer NOT NULL,
	`item_id` integer NOT NULL,
	`value` integer,
	`dont_know` integer DEFAULT false NOT NULL,
	`text` text,
	PRIMARY KEY(`response_id`, `item_id`),
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "answers_value" CHECK("answers"."value" is null or "answers"."value" between 1 and 5)
);
--> statement-breakpoint
CREATE INDEX `answers_item` ON `answers` (`item_id`);--> statement-breakpoint
CREATE TABLE `api_keys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`coalition_id` integer NOT NULL,
	`name` text NOT NULL,
	`prefix` text NOT NULL,
	`key_hash` text NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`last_used_at` text,
	`revoked_at` text,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_key_hash_unique` ON `api_keys` (`key_hash`);--> statement-breakpoint
CREATE INDEX `api_keys_coalition` ON `api_keys` (`coalition_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`coalition_id` integer,
	`user_id` integer,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text,
	`before` text,
	`after` text,
	`ip` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_log_coalition` ON `audit_log` (`coalition_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `audit_log_entity` ON `audit_log` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE TABLE `auth_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`token_hash` text NOT NULL,
	`purpose` text NOT NULL,
	`email` text NOT NULL,
	`user_id` integer,
	`coalition_id` integer,
	`role` text,
	`organisation_id` integer,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`expires_at` text NOT NULL,
	`used_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `auth_tokens_token_hash_unique` ON `auth_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `auth_tokens_email` ON `auth_tokens` (`email`);--> statement-breakpoint
CREATE TABLE `care_plan_counts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`coalition_id` integer NOT NULL,
	`quarter` text NOT NULL,
	`quarter_index` integer NOT NULL,
	`families_discussed` integer NOT NULL,
	`with_shared_plan` integer NOT NULL,
	`plan_evaluated` integer NOT NULL,
	`note` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`archived_at` text,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "care_plan_counts_consistent" CHECK("care_plan_counts"."with_shared_plan" <= "care_plan_counts"."families_discussed" and "care_plan_counts"."plan_evaluated" <= "care_plan_counts"."with_shared_plan")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `care_plan_counts_coalition_quarter` ON `care_plan_counts` (`coalition_id`,`quarter_index`) WHERE archived_at is null;--> statement-breakpoint
CREATE TABLE `coalitions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`municipality` text NOT NULL,
	`min_group_size` integer DEFAULT 5 NOT NULL,
	`score_bands` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`archived_at` text,
	CONSTRAINT "coalitions_min_group_size" CHECK("coalitions"."min_group_size" >= 3)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `coalitions_slug_unique` ON `coalitions` (`slug`);--> statement-breakpoint
CREATE TABLE `dimensions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`coalition_id` integer NOT NULL,
	`instrument_version_id` integer NOT NULL,
	`code` text NOT NULL,
	`name_nl` text NOT NULL,
	`name_en` text NOT NULL,
	`component` text NOT NULL,
	`sort_order` integer NOT NULL,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`instrument_version_id`) REFERENCES `instrument_versions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "dimensions_component" CHECK("dimensions"."component" in ('meten_weten', 'informatie_delen', 'reflecteren', 'samenwerken_leren', 'integraal_behandelplan'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dimensions_version_code` ON `dimensions` (`instrument_version_id`,`code`);--> statement-breakpoint
CREATE TABLE `import_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`coalition_id` integer NOT NULL,
	`kind` text NOT NULL,
	`channel` text NOT NULL,
	`file_name` text NOT NULL,
	`file_hash` text NOT NULL,
	`user_id` integer,
	`api_key_id` integer,
	`inserted` integer DEFAULT 0 NOT NULL,
	`updated` integer DEFAULT 0 NOT NULL,
	`unchanged` integer DEFAULT 0 NOT NULL,
	`status` text DEFAULT 'committed' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`undone_at` text,
	`undone_by` integer,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`api_key_id`) REFERENCES `api_keys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`undone_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_batches_coalition` ON `import_batches` (`coalition_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `improvement_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`coalition_id` integer NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`component` text NOT NULL,
	`owner_organisation_id` integer,
	`owner_name` text,
	`due_on` text,
	`status` text DEFAULT 'open' NOT NULL,
	`completed_on` text,
	`source_kind` text DEFAULT 'other' NOT NULL,
	`source_round_id` integer,
	`source_dimension_code` text,
	`source_mirror_conversation_id` integer,
	`source_learning_activity_id` integer,
	`source_indicator_id` integer,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`archived_at` text,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_mirror_conversation_id`) REFERENCES `mirror_conversations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_learning_activity_id`) REFERENCES `learning_activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_indicator_id`) REFERENCES `indicator_definitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "improvement_actions_status" CHECK("improvement_actions"."status" in ('open', 'in_progress', 'done', 'dropped'))
);
--> statement-breakpoint
CREATE INDEX `improvement_actions_coalition` ON `improvement_actions` (`coalition_id`,`status`);--> statement-breakpoint
CREATE TABLE `indicator_definitions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`coalition_id` integer NOT NULL,
	`code` text NOT NULL,
	`name_nl` text NOT NULL,
	`name_en` text NOT NULL,
	`description_nl` text DEFAULT '' NOT NULL,
	`description_en` text DEFAULT '' NOT NULL,
	`source` text NOT NULL,
	`component` text NOT NULL,
	`unit` text NOT NULL,
	`numerator_text` text,
	`denominator_text` text,
	`factor` real DEFAULT 1 NOT NULL,
	`direction` text NOT NULL,
	`frequency` text NOT NULL,
	`plausible_min` real,
	`plausible_max` real,
	`colour_bands` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`archived_at` text,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "indicator_definitions_direction" CHECK("indicator_definitions"."direction" in ('higher_better', 'lower_better', 'context')),
	CONSTRAINT "indicator_definitions_component" CHECK("indicator_definitions"."component" in ('meten_weten', 'informatie_delen', 'reflecteren', 'samenwerken_leren', 'integraal_behandelplan'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indicator_definitions_coalition_code` ON `indicator_definitions` (`coalition_id`,`code`);--> statement-breakpoint
CREATE TABLE `indicator_references` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`coalition_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`kind` text NOT NULL,
	`valid_from_quarter` text NOT NULL,
	`valid_from_index` integer NOT NULL,
	`value` real NOT NULL,
	`note` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator_definitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indicator_references_kind_from` ON `indicator_references` (`indicator_id`,`kind`,`valid_from_index`);--> statement-breakpoint
CREATE TABLE `indicator_values` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`coalition_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`period` text NOT NULL,
	`period_first_index` integer NOT NULL,
	`period_last_index` integer NOT NULL,
	`value` real NOT NULL,
	`numerator` real,
	`denominator` real,
	`import_batch_id` integer,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`superseded_at` text,
	`superseded_by_id` integer,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator_definitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indicator_values_current` ON `indicator_values` (`indicator_id`,`period`) WHERE superseded_at is null;--> statement-breakpoint
CREATE INDEX `indicator_values_series` ON `indicator_values` (`coalition_id`,`indicator_id`,`period_last_index`);--> statement-breakpoint
CREATE INDEX `indicator_values_batch` ON `indicator_values` (`import_batch_id`);--> statement-breakpoint
CREATE TABLE `instrument_version_items` (
	`instrument_version_id` integer NOT NULL,
	`item_id` integer NOT NULL,
	`dimension_id` integer,
	`sort_order` integer NOT NULL,
	PRIMARY KEY(`instrument_version_id`, `item_id`),
	FOREIGN KEY (`instrument_version_id`) REFERENCES `instrument_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`dimension_id`) REFERENCES `dimensions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `instrument_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`coalition_id` integer NOT NULL,
	`instrument_id` integer NOT NULL,
	`version` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`notes` text,
	`based_on_id` integer,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`published_at` text,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`instrument_id`) REFERENCES `instruments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `instrument_versions_instrument_version` ON `instrument_versions` (`instrument_id`,`version`);--> statement-breakpoint
CREATE TABLE `instruments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`coalition_id` integer NOT NULL,
	`code` text NOT NULL,
	`name_nl` text NOT NULL,
	`name_en` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`archived_at` text,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `instruments_coalition_code` ON `instruments` (`coalition_id`,`code`);--> statement-breakpoint
CREATE TABLE `invitations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`coalition_id` integer NOT NULL,
	`round_id` integer NOT NULL,
	`name` text,
	`email` text NOT NULL,
	`organisation_id` integer NOT NULL,
	`respondent_role` text,
	`token_hash` text NOT NULL,
	`draft` text,
	`sent_at` text,
	`reminders_sent` integer DEFAULT 0 NOT NULL,
	`last_reminded_at` text,
	`responded_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invitations_token_hash_unique` ON `invitations` (`token_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `invitations_round_email` ON `invitations` (`round_id`,`email`);--> statement-breakpoint
CREATE INDEX `invitations_round_org` ON `invitations` (`round_id`,`organisation_id`);--> statement-breakpoint
CREATE TABLE `items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`coalition_id` integer NOT NULL,
	`instrument_id` integer NOT NULL,
	`code` text NOT NULL,
	`kind` text NOT NULL,
	`text_nl` text NOT NULL,
	`text_en` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`instrument_id`) REFERENCES `instruments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `items_instrument_code` ON `items` (`instrument_id`,`code`);--> statement-breakpoint
CREATE TABLE `learning_activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`coalition_id` integer NOT NULL,
	`held_on` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`owner_organisation_id` integer,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`archived_at` text,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `learning_activities_coalition` ON `learning_activities` (`coalition_id`,`held_on`);--> statement-breakpoint
CREATE TABLE `learning_activity_participants` (
	`activity_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	PRIMARY KEY(`activity_id`, `organisation_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `learning_activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `measure_targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`coalition_id` integer NOT NULL,
	`measure_code` text NOT NULL,
	`valid_from_quarter` text NOT NULL,
	`valid_from_index` integer NOT NULL,
	`target` real NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `measure_targets_code_from` ON `measure_targets` (`coalition_id`,`measure_code`,`valid_from_index`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`coalition_id` integer NOT NULL,
	`role` text NOT NULL,
	`organisation_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "memberships_role" CHECK("memberships"."role" in ('coordinator', 'partner', 'director'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `memberships_user_coalition` ON `memberships` (`user_id`,`coalition_id`);--> statement-breakpoint
CREATE INDEX `memberships_coalition` ON `memberships` (`coalition_id`);--> statement-breakpoint
CREATE TABLE `mirror_conversations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`coalition_id` integer NOT NULL,
	`held_on` text NOT NULL,
	`theme` text NOT NULL,
	`parents_count` integer NOT NULL,
	`professionals_count` integer NOT NULL,
	`facilitator` text,
	`what_works` text DEFAULT '' NOT NULL,
	`what_does_not` text DEFAULT '' NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`owner_organisation_id` integer,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`archived_at` text,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mirror_conversations_coalition` ON `mirror_conversations` (`coalition_id`,`held_on`);--> statement-breakpoint
CREATE TABLE `obstacles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`coalition_id` integer NOT NULL,
	`description` text NOT NULL,
	`reported_role` text,
	`organisation_id` integer,
	`improvement_action_id` integer,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`archived_at` text,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`improvement_action_id`) REFERENCES `improvement_actions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `obstacles_coalition` ON `obstacles` (`coalition_id`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`coalition_id` integer NOT NULL,
	`name` text NOT NULL,
	`short_name` text,
	`domain` text NOT NULL,
	`kind` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`archived_at` text,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "organisations_domain" CHECK("organisations"."domain" in ('medical', 'social', 'municipal', 'other'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_coalition_name` ON `organisations` (`coalition_id`,`name`);--> statement-breakpoint
CREATE TABLE `outbox_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`coalition_id` integer,
	`to_address` text NOT NULL,
	`subject` text NOT NULL,
	`body_text` text NOT NULL,
	`body_html` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`sent_at` text,
	`transport` text NOT NULL,
	`error` text,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `outbox_messages_coalition` ON `outbox_messages` (`coalition_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `responses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`coalition_id` integer NOT NULL,
	`round_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`respondent_role` text,
	`submitted_on` text NOT NULL,
	`import_batch_id` integer,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `responses_round` ON `responses` (`round_id`,`organisation_id`);--> statement-breakpoint
CREATE TABLE `round_conclusions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`coalition_id` integer NOT NULL,
	`round_id` integer NOT NULL,
	`dimension_code` text,
	`conclusion` text NOT NULL,
	`updated_by` integer,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `round_conclusions_round_dimension` ON `round_conclusions` (`round_id`,`dimension_code`);--> statement-breakpoint
CREATE TABLE `rounds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`coalition_id` integer NOT NULL,
	`instrument_version_id` integer NOT NULL,
	`title` text NOT NULL,
	`quarter` text NOT NULL,
	`quarter_index` integer NOT NULL,
	`opens_on` text NOT NULL,
	`closes_on` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`max_reminders` integer DEFAULT 2 NOT NULL,
	`reminder_interval_days` integer DEFAULT 7 NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`opened_at` text,
	`closed_at` text,
	`archived_at` text,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`instrument_version_id`) REFERENCES `instrument_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "rounds_status" CHECK("rounds"."status" in ('draft', 'open', 'closed'))
);
--> statement-breakpoint
CREATE INDEX `rounds_coalition_quarter` ON `rounds` (`coalition_id`,`quarter_index`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`current_coalition_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`last_seen_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`expires_at` text NOT NULL,
	`user_agent` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`current_coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_user` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE INDEX `sessions_expires` ON `sessions` (`expires_at`);--> statement-breakpoint
CREATE TABLE `share_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`coalition_id` integer NOT NULL,
	`token_hash` text NOT NULL,
	`quarter` text NOT NULL,
	`label` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`expires_at` text NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `share_links_token_hash_unique` ON `share_links` (`token_hash`);--> statement-breakpoint
CREATE INDEX `share_links_coalition` ON `share_links` (`coalition_id`);--> statement-breakpoint
CREATE TABLE `sharing_agreement_parties` (
	`agreement_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	PRIMARY KEY(`agreement_id`, `organisation_id`),
	FOREIGN KEY (`agreement_id`) REFERENCES `sharing_agreements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `sharing_agreements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`coalition_id` integer NOT NULL,
	`title` text NOT NULL,
	`data_category` text NOT NULL,
	`purpose` text NOT NULL,
	`legal_basis` text NOT NULL,
	`legal_basis_note` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`agreed_on` text,
	`review_on` text,
	`document_links` text,
	`owner_organisation_id` integer,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`archived_at` text,
	FOREIGN KEY (`coalition_id`) REFERENCES `coalitions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "sharing_agreements_status" CHECK("sharing_agreements"."status" in ('draft', 'agreed', 'in_use', 'to_review'))
);
--> statement-breakpoint
CREATE INDEX `sharing_agreements_coalition` ON `sharing_agreements` (`coalition_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text,
	`is_platform_admin` integer DEFAULT false NOT NULL,
	`locale` text DEFAULT 'nl' NOT NULL,
	`last_login_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`disabled_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);