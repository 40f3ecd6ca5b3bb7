-- Every write to a coalition's data raises its data version in the same transaction, so a cache keyed
-- by (coalition, version) can never serve data computed before the write, whichever code path wrote.
-- Tables without coalition_id are reached through their parent row.
CREATE TRIGGER `organisations_data_version_insert` AFTER INSERT ON `organisations`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_data_version_update` AFTER UPDATE ON `organisations`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_data_version_delete` AFTER DELETE ON `organisations`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT OLD.`coalition_id`, 1 WHERE OLD.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `instruments_data_version_insert` AFTER INSERT ON `instruments`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `instruments_data_version_update` AFTER UPDATE ON `instruments`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `instruments_data_version_delete` AFTER DELETE ON `instruments`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT OLD.`coalition_id`, 1 WHERE OLD.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `instrument_versions_data_version_insert` AFTER INSERT ON `instrument_versions`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `instrument_versions_data_version_update` AFTER UPDATE ON `instrument_versions`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `instrument_versions_data_version_delete` AFTER DELETE ON `instrument_versions`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT OLD.`coalition_id`, 1 WHERE OLD.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `dimensions_data_version_insert` AFTER INSERT ON `dimensions`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `dimensions_data_version_update` AFTER UPDATE ON `dimensions`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `dimensions_data_version_delete` AFTER DELETE ON `dimensions`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT OLD.`coalition_id`, 1 WHERE OLD.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `items_data_version_insert` AFTER INSERT ON `items`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `items_data_version_update` AFTER UPDATE ON `items`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `items_data_version_delete` AFTER DELETE ON `items`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT OLD.`coalition_id`, 1 WHERE OLD.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `rounds_data_version_insert` AFTER INSERT ON `rounds`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `rounds_data_version_update` AFTER UPDATE ON `rounds`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `rounds_data_version_delete` AFTER DELETE ON `rounds`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT OLD.`coalition_id`, 1 WHERE OLD.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `round_conclusions_data_version_insert` AFTER INSERT ON `round_conclusions`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `round_conclusions_data_version_update` AFTER UPDATE ON `round_conclusions`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `round_conclusions_data_version_delete` AFTER DELETE ON `round_conclusions`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT OLD.`coalition_id`, 1 WHERE OLD.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `responses_data_version_insert` AFTER INSERT ON `responses`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `responses_data_version_update` AFTER UPDATE ON `responses`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `responses_data_version_delete` AFTER DELETE ON `responses`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT OLD.`coalition_id`, 1 WHERE OLD.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `indicator_definitions_data_version_insert` AFTER INSERT ON `indicator_definitions`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `indicator_definitions_data_version_update` AFTER UPDATE ON `indicator_definitions`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `indicator_definitions_data_version_delete` AFTER DELETE ON `indicator_definitions`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT OLD.`coalition_id`, 1 WHERE OLD.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `indicator_references_data_version_insert` AFTER INSERT ON `indicator_references`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `indicator_references_data_version_update` AFTER UPDATE ON `indicator_references`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `indicator_references_data_version_delete` AFTER DELETE ON `indicator_references`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT OLD.`coalition_id`, 1 WHERE OLD.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `indicator_values_data_version_insert` AFTER INSERT ON `indicator_values`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `indicator_values_data_version_update` AFTER UPDATE ON `indicator_values`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `indicator_values_data_version_delete` AFTER DELETE ON `indicator_values`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT OLD.`coalition_id`, 1 WHERE OLD.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `import_batches_data_version_insert` AFTER INSERT ON `import_batches`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `import_batches_data_version_update` AFTER UPDATE ON `import_batches`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `import_batches_data_version_delete` AFTER DELETE ON `import_batches`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT OLD.`coalition_id`, 1 WHERE OLD.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `sharing_agreements_data_version_insert` AFTER INSERT ON `sharing_agreements`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `sharing_agreements_data_version_update` AFTER UPDATE ON `sharing_agreements`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `sharing_agreements_data_version_delete` AFTER DELETE ON `sharing_agreements`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT OLD.`coalition_id`, 1 WHERE OLD.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `mirror_conversations_data_version_insert` AFTER INSERT ON `mirror_conversations`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `mirror_conversations_data_version_update` AFTER UPDATE ON `mirror_conversations`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `mirror_conversations_data_version_delete` AFTER DELETE ON `mirror_conversations`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT OLD.`coalition_id`, 1 WHERE OLD.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `learning_activities_data_version_insert` AFTER INSERT ON `learning_activities`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `learning_activities_data_version_update` AFTER UPDATE ON `learning_activities`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `learning_activities_data_version_delete` AFTER DELETE ON `learning_activities`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT OLD.`coalition_id`, 1 WHERE OLD.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `care_plan_counts_data_version_insert` AFTER INSERT ON `care_plan_counts`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `care_plan_counts_data_version_update` AFTER UPDATE ON `care_plan_counts`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `care_plan_counts_data_version_delete` AFTER DELETE ON `care_plan_counts`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT OLD.`coalition_id`, 1 WHERE OLD.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `improvement_actions_data_version_insert` AFTER INSERT ON `improvement_actions`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `improvement_actions_data_version_update` AFTER UPDATE ON `improvement_actions`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `improvement_actions_data_version_delete` AFTER DELETE ON `improvement_actions`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT OLD.`coalition_id`, 1 WHERE OLD.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `obstacles_data_version_insert` AFTER INSERT ON `obstacles`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `obstacles_data_version_update` AFTER UPDATE ON `obstacles`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `obstacles_data_version_delete` AFTER DELETE ON `obstacles`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT OLD.`coalition_id`, 1 WHERE OLD.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `measure_targets_data_version_insert` AFTER INSERT ON `measure_targets`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `measure_targets_data_version_update` AFTER UPDATE ON `measure_targets`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `measure_targets_data_version_delete` AFTER DELETE ON `measure_targets`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT OLD.`coalition_id`, 1 WHERE OLD.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `annotations_data_version_insert` AFTER INSERT ON `annotations`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `annotations_data_version_update` AFTER UPDATE ON `annotations`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`coalition_id`, 1 WHERE NEW.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `annotations_data_version_delete` AFTER DELETE ON `annotations`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT OLD.`coalition_id`, 1 WHERE OLD.`coalition_id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `answers_data_version_insert` AFTER INSERT ON `answers`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT (SELECT `coalition_id` FROM `responses` WHERE `id` = NEW.`response_id`), 1 WHERE (SELECT `coalition_id` FROM `responses` WHERE `id` = NEW.`response_id`) IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `answers_data_version_update` AFTER UPDATE ON `answers`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT (SELECT `coalition_id` FROM `responses` WHERE `id` = NEW.`response_id`), 1 WHERE (SELECT `coalition_id` FROM `responses` WHERE `id` = NEW.`response_id`) IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `answers_data_version_delete` AFTER DELETE ON `answers`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT (SELECT `coalition_id` FROM `responses` WHERE `id` = OLD.`response_id`), 1 WHERE (SELECT `coalition_id` FROM `responses` WHERE `id` = OLD.`response_id`) IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `learning_activity_participants_data_version_insert` AFTER INSERT ON `learning_activity_participants`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT (SELECT `coalition_id` FROM `learning_activities` WHERE `id` = NEW.`activity_id`), 1 WHERE (SELECT `coalition_id` FROM `learning_activities` WHERE `id` = NEW.`activity_id`) IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `learning_activity_participants_data_version_update` AFTER UPDATE ON `learning_activity_participants`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT (SELECT `coalition_id` FROM `learning_activities` WHERE `id` = NEW.`activity_id`), 1 WHERE (SELECT `coalition_id` FROM `learning_activities` WHERE `id` = NEW.`activity_id`) IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `learning_activity_participants_data_version_delete` AFTER DELETE ON `learning_activity_participants`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT (SELECT `coalition_id` FROM `learning_activities` WHERE `id` = OLD.`activity_id`), 1 WHERE (SELECT `coalition_id` FROM `learning_activities` WHERE `id` = OLD.`activity_id`) IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `sharing_agreement_parties_data_version_insert` AFTER INSERT ON `sharing_agreement_parties`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT (SELECT `coalition_id` FROM `sharing_agreements` WHERE `id` = NEW.`agreement_id`), 1 WHERE (SELECT `coalition_id` FROM `sharing_agreements` WHERE `id` = NEW.`agreement_id`) IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `sharing_agreement_parties_data_version_update` AFTER UPDATE ON `sharing_agreement_parties`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT (SELECT `coalition_id` FROM `sharing_agreements` WHERE `id` = NEW.`agreement_id`), 1 WHERE (SELECT `coalition_id` FROM `sharing_agreements` WHERE `id` = NEW.`agreement_id`) IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `sharing_agreement_parties_data_version_delete` AFTER DELETE ON `sharing_agreement_parties`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT (SELECT `coalition_id` FROM `sharing_agreements` WHERE `id` = OLD.`agreement_id`), 1 WHERE (SELECT `coalition_id` FROM `sharing_agreements` WHERE `id` = OLD.`agreement_id`) IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `instrument_version_items_data_version_insert` AFTER INSERT ON `instrument_version_items`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT (SELECT `coalition_id` FROM `instrument_versions` WHERE `id` = NEW.`instrument_version_id`), 1 WHERE (SELECT `coalition_id` FROM `instrument_versions` WHERE `id` = NEW.`instrument_version_id`) IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `instrument_version_items_data_version_update` AFTER UPDATE ON `instrument_version_items`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT (SELECT `coalition_id` FROM `instrument_versions` WHERE `id` = NEW.`instrument_version_id`), 1 WHERE (SELECT `coalition_id` FROM `instrument_versions` WHERE `id` = NEW.`instrument_version_id`) IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `instrument_version_items_data_version_delete` AFTER DELETE ON `instrument_version_items`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT (SELECT `coalition_id` FROM `instrument_versions` WHERE `id` = OLD.`instrument_version_id`), 1 WHERE (SELECT `coalition_id` FROM `instrument_versions` WHERE `id` = OLD.`instrument_version_id`) IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `coalitions_data_version_update` AFTER UPDATE ON `coalitions`
BEGIN
	INSERT INTO `coalition_data_versions` (`coalition_id`, `version`) SELECT NEW.`id`, 1 WHERE NEW.`id` IS NOT NULL
		ON CONFLICT (`coalition_id`) DO UPDATE SET `version` = `version` + 1;
END;
