-- Every write to who may do what (sessions, accounts, memberships, coalitions) raises the one access
-- version in the same transaction. Requests keep sessions and memberships in memory under it
-- (server/src/features/auth/access-cache.ts), so a change is seen by the next request, whichever
-- code path or process wrote it.
INSERT INTO `access_version` (`id`, `version`) VALUES (1, 0);
--> statement-breakpoint
CREATE TRIGGER `sessions_access_version_insert` AFTER INSERT ON `sessions`
BEGIN
	INSERT INTO `access_version` (`id`, `version`) VALUES (1, 1)
		ON CONFLICT (`id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `sessions_access_version_update` AFTER UPDATE ON `sessions`
BEGIN
	INSERT INTO `access_version` (`id`, `version`) VALUES (1, 1)
		ON CONFLICT (`id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `sessions_access_version_delete` AFTER DELETE ON `sessions`
BEGIN
	INSERT INTO `access_version` (`id`, `version`) VALUES (1, 1)
		ON CONFLICT (`id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `users_access_version_insert` AFTER INSERT ON `users`
BEGIN
	INSERT INTO `access_version` (`id`, `version`) VALUES (1, 1)
		ON CONFLICT (`id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `users_access_version_update` AFTER UPDATE ON `users`
BEGIN
	INSERT INTO `access_version` (`id`, `version`) VALUES (1, 1)
		ON CONFLICT (`id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `users_access_version_delete` AFTER DELETE ON `users`
BEGIN
	INSERT INTO `access_version` (`id`, `version`) VALUES (1, 1)
		ON CONFLICT (`id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `memberships_access_version_insert` AFTER INSERT ON `memberships`
BEGIN
	INSERT INTO `access_version` (`id`, `version`) VALUES (1, 1)
		ON CONFLICT (`id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `memberships_access_version_update` AFTER UPDATE ON `memberships`
BEGIN
	INSERT INTO `access_version` (`id`, `version`) VALUES (1, 1)
		ON CONFLICT (`id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `memberships_access_version_delete` AFTER DELETE ON `memberships`
BEGIN
	INSERT INTO `access_version` (`id`, `version`) VALUES (1, 1)
		ON CONFLICT (`id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `coalitions_access_version_insert` AFTER INSERT ON `coalitions`
BEGIN
	INSERT INTO `access_version` (`id`, `version`) VALUES (1, 1)
		ON CONFLICT (`id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `coalitions_access_version_update` AFTER UPDATE ON `coalitions`
BEGIN
	INSERT INTO `access_version` (`id`, `version`) VALUES (1, 1)
		ON CONFLICT (`id`) DO UPDATE SET `version` = `version` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `coalitions_access_version_delete` AFTER DELETE ON `coalitions`
BEGIN
	INSERT INTO `access_version` (`id`, `version`) VALUES (1, 1)
		ON CONFLICT (`id`) DO UPDATE SET `version` = `version` + 1;
END;
