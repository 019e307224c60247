-- Receipts no longer create survey invitations while rendering: a walk-in request gets its single-use
-- invitation when it is filed, every request when it is completed. Give the existing ones theirs.
-- Token: 16 random bytes (gen_random_uuid, 122 random bits) as URL-safe base64, 22 characters.
INSERT INTO "survey_invitations" ("id", "office_id", "service_id", "request_id", "token")
SELECT
    'c' || replace(gen_random_uuid()::text, '-', ''),
    r."office_id",
    r."service_id",
    r."id",
    rtrim(translate(encode(uuid_send(gen_random_uuid()), 'base64'), '+/', '-_'), '=')
FROM "service_requests" r
WHERE (r."status" = 'COMPLETED' OR (r."channel" <> 'WEB' AND r."status" <> 'DRAFT'))
  AND NOT EXISTS (SELECT 1 FROM "survey_invitations" i WHERE i."request_id" = r."id")
ON CONFLICT DO NOTHING;
