-- One signal per enqueue instead of two. The worker (scripts/worker.ts) now also wakes on the in-app
-- row's realtime signal (lw_realtime, channel notif:<user>, lib/notifications/worker.ts
-- NOTIFICATION_WAKE), which an event for an account sends anyway; so the fan-out's own statement
-- trigger (a second pg_notify, on notification_deliveries, in every status change's transaction) goes,
-- and notify_enqueue signals notification_deliveries itself only when it queued a fan-out without
-- announcing any in-app row (a password reset; a re-run whose rows were already there).
-- bench/notifications.ts measures the cost added to a status change.
DROP TRIGGER IF EXISTS notification_fanouts_queued ON notification_fanouts;

CREATE OR REPLACE FUNCTION notify_enqueue(inbox jsonb, deliveries jsonb, fanouts jsonb, channel_prefix text, pg_channel text)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  n integer := 0;
BEGIN
  IF jsonb_array_length(inbox) > 0 THEN
    -- In-app rows of active accounts ({nama} from the account), each announced on its
    -- recipient's realtime channel (realtime_events + pg_notify, sent on commit), only if inserted.
    WITH ins AS (
      INSERT INTO notifications (id, office_id, user_id, event, dedupe_key, vars, link, target_type, target_id, created_at)
      SELECT x.id, x.office_id, u.id, x.event, x.dedupe_key, x.vars || jsonb_build_object('nama', u.name), x.link, x.target_type, x.target_id, x.created_at
      FROM jsonb_to_recordset(inbox) AS x(id text, office_id text, user_id text, event text, dedupe_key text, vars jsonb, link text, target_type text, target_id text, created_at timestamp)
      JOIN users u ON u.id = x.user_id AND u.active
      ON CONFLICT (dedupe_key) DO NOTHING
      RETURNING id, user_id
    ), signals AS (
      INSERT INTO realtime_events (channel, ref) SELECT channel_prefix || ins.user_id, ins.id FROM ins RETURNING seq, channel, ref
    )
    SELECT count(*)::int INTO n
    FROM (SELECT pg_notify(pg_channel, json_build_object('s', s.seq::text, 'c', s.channel, 'i', s.ref)::text) FROM signals s) AS sent;
  END IF;
  IF jsonb_array_length(deliveries) > 0 THEN
    -- Its statement trigger wakes the worker.
    INSERT INTO notification_deliveries (id, office_id, user_id, event, channel, idempotency_key, address, locale, vars, link, target_type, target_id, run_at, created_at, updated_at)
    SELECT x.id, x.office_id, x.user_id, x.event, x.channel::"NotificationChannel", x.idempotency_key, x.address, x.locale, x.vars, x.link, x.target_type, x.target_id, x.run_at, x.created_at, x.created_at
    FROM jsonb_to_recordset(deliveries) AS x(id text, office_id text, user_id text, event text, channel text, idempotency_key text, address text, locale text, vars jsonb, link text, target_type text, target_id text, run_at timestamp, created_at timestamp)
    ON CONFLICT (idempotency_key) DO NOTHING;
  END IF;
  IF jsonb_array_length(fanouts) > 0 THEN
    INSERT INTO notification_fanouts (key, payload)
    SELECT x.key, x.payload FROM jsonb_to_recordset(fanouts) AS x(key text, payload jsonb);
    IF n = 0 THEN
      PERFORM pg_notify('notification_deliveries', '');
    END IF;
  END IF;
  RETURN n;
END $$;
