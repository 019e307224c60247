-- One representation for the values of service fields in service_requests.data (see
-- lib/requests/fields.ts): NUMBER (and MONEY) values are JSON numbers. The resident web form used to store
-- them as normalised strings ("1500", "2.5"), while the walk-in desk stored JSON numbers.
-- Converts those strings to numbers. Idempotent: numbers are left alone, and a string that is
-- not a plain number (a draft's half-typed value) stays as typed for the resident to correct.
UPDATE "service_requests" AS r
SET "data" = (
  SELECT jsonb_object_agg(
    e.key,
    CASE
      WHEN q."field_type" IN ('NUMBER', 'MONEY') AND jsonb_typeof(e.value) = 'string' AND (e.value #>> '{}') ~ '^-?[0-9]{1,15}(\.[0-9]{1,6})?$'
        THEN to_jsonb((e.value #>> '{}')::numeric)
      ELSE e.value
    END)
  FROM jsonb_each(r."data") AS e
  LEFT JOIN "service_requirements" AS q ON q."service_id" = r."service_id" AND q."code" = e.key AND q."kind" = 'FIELD'
)
WHERE jsonb_typeof(r."data") = 'object'
  AND EXISTS (
    SELECT 1
    FROM jsonb_each(r."data") AS e
    JOIN "service_requirements" AS q ON q."service_id" = r."service_id" AND q."code" = e.key AND q."kind" = 'FIELD'
    WHERE q."field_type" IN ('NUMBER', 'MONEY') AND jsonb_typeof(e.value) = 'string' AND (e.value #>> '{}') ~ '^-?[0-9]{1,15}(\.[0-9]{1,6})?$'
  );
