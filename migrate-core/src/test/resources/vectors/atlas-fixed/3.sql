CREATE TABLE `pets` (`id` int NOT NULL PRIMARY KEY);
ALTER TABLE `pets` ADD COLUMN `happy` boolean NULL;