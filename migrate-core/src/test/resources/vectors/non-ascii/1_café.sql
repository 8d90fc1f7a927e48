CREATE TABLE "café" ("naïve" text); -- 日本語
