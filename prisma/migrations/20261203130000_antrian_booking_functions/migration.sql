-- The two statements of a booking (lib/antrian/mutations/booking-sql.ts) as PL/pgSQL functions:
-- the same reads and the same claim, but PL/pgSQL keeps each statement's plan per connection, so the
-- 07:00 rush no longer pays for parsing and planning a ten-part read on every one of its 500 calls
-- (as notify_enqueue did for notifications). The rules stay in TypeScript (lib/antrian/rules.ts,
-- slots.ts): the first function only reads what they need, the second only counts and inserts.

-- What the rules need, as one json object; NULL when the service (of an active office) is not
-- bookable. `full`: the slot's or the day's counter has no place left (counters older than the last
-- schedule change are not trusted). `lookback_days`: how far back no-shows count without settings.
CREATE FUNCTION antrian_booking_context(p_queue_service_id text, p_day date, p_slot_starts_at timestamp, p_resident_id text,
  p_active_key text, p_request_id text, p_now timestamp, p_lookback_days integer)
RETURNS json LANGUAGE plpgsql STABLE AS $$
DECLARE
  result json;
BEGIN
  WITH q AS (
    SELECT q.id, q.office_id, q.service_id, q.prefix, q.require_verified_request
    FROM queue_services q JOIN offices o ON o.id = q.office_id
    WHERE q.id = p_queue_service_id AND q.active AND o.active
  ), st AS (
    SELECT st.* FROM queue_settings st, q WHERE st.office_id = q.office_id
  ), changed AS (
    SELECT coalesce(max(updated_at), '-infinity') AS at FROM queue_schedules WHERE queue_service_id = p_queue_service_id
  )
  SELECT json_build_object(
    'officeId', q.office_id, 'serviceId', q.service_id, 'prefix', q.prefix, 'requireVerifiedRequest', q.require_verified_request,
    'rules', (SELECT json_build_object('checkInBeforeMin', check_in_before_min, 'checkInAfterMin', check_in_after_min, 'noShowLimit', no_show_limit,
      'noShowWindowDays', no_show_window_days, 'blockDays', block_days) FROM st),
    'schedules', (SELECT coalesce(json_agg(json_build_object('weekdays', weekdays, 'startTime', start_time, 'endTime', end_time, 'slotMinutes', slot_minutes,
      'quotaPerSlot', quota_per_slot, 'quotaPerDay', quota_per_day)), '[]') FROM queue_schedules WHERE queue_service_id = q.id AND active),
    'holiday', EXISTS (SELECT 1 FROM holidays WHERE office_id = q.office_id AND date = p_day),
    'closed', EXISTS (SELECT 1 FROM queue_closures WHERE office_id = q.office_id AND date = p_day AND (queue_service_id IS NULL OR queue_service_id = q.id)),
    'noShows', (SELECT coalesce(json_agg(extract(epoch FROM no_show_at) * 1000), '[]') FROM queue_tickets
      WHERE resident_id = p_resident_id AND status = 'NO_SHOW'
        AND no_show_at >= p_now - make_interval(days => coalesce((SELECT no_show_window_days + block_days FROM st), p_lookback_days))),
    'full', EXISTS (SELECT 1 FROM queue_days, changed WHERE queue_service_id = q.id AND day = p_day AND booked >= quota AND updated_at >= changed.at)
      OR EXISTS (SELECT 1 FROM queue_slots, changed WHERE queue_service_id = q.id AND starts_at = p_slot_starts_at AND booked >= quota AND updated_at >= changed.at),
    'alreadyBooked', EXISTS (SELECT 1 FROM queue_tickets WHERE active_key = p_active_key),
    'request', (SELECT json_build_object('id', r.id, 'applicantId', r.applicant_id, 'residentId', r.resident_id, 'status', r.status) FROM service_requests r
      WHERE r.id = p_request_id AND r.office_id = q.office_id AND (q.service_id IS NULL OR r.service_id = q.service_id)))
  INTO result
  FROM q;
  RETURN result;
END $$;

-- Claims one place: the slot counter is created or raised only while it has room, then the day
-- counter likewise, then the ticket is numbered (the service's sequence for the day) and inserted
-- with its queue.booked event. Answers {id, number}, or NULL when the slot or the day is full.
-- Concurrent bookers of a slot wait on its counter row for this one call only, so nothing is
-- retried; the slot row is always taken before the day row, so two bookers never deadlock. When
-- the slot had room but the day did not, the slot's place is given back before the row is released.
-- A second active booking of the resident fails on the unique active_key and rolls the call back.
CREATE FUNCTION antrian_claim_place(p_ticket_id text, p_slot_row_id text, p_office_id text, p_queue_service_id text, p_prefix text,
  p_day date, p_slot_starts_at timestamp, p_slot_ends_at timestamp, p_slot_quota integer, p_day_quota integer,
  p_scope text, p_year integer, p_code text, p_resident_id text, p_user_id text, p_request_id text, p_active_key text)
RETURNS json LANGUAGE plpgsql AS $$
DECLARE
  slot_row text;
  ticket_seq integer;
  ticket_number text;
  stamp timestamp := now() AT TIME ZONE 'UTC';
BEGIN
  IF p_slot_quota <= 0 OR p_day_quota <= 0 THEN
    RETURN NULL;
  END IF;

  INSERT INTO queue_slots AS x (id, office_id, queue_service_id, day, starts_at, ends_at, quota, booked, updated_at)
  VALUES (p_slot_row_id, p_office_id, p_queue_service_id, p_day, p_slot_starts_at, p_slot_ends_at, p_slot_quota, 1, stamp)
  ON CONFLICT (queue_service_id, starts_at) DO UPDATE SET booked = x.booked + 1, quota = excluded.quota, updated_at = excluded.updated_at
    WHERE x.booked < excluded.quota
  RETURNING x.id INTO slot_row;
  IF slot_row IS NULL THEN
    RETURN NULL;
  END IF;

  INSERT INTO queue_days AS x (queue_service_id, day, quota, booked, updated_at)
  VALUES (p_queue_service_id, p_day, p_day_quota, 1, stamp)
  ON CONFLICT (queue_service_id, day) DO UPDATE SET booked = x.booked + 1, quota = excluded.quota, updated_at = excluded.updated_at
    WHERE x.booked < excluded.quota;
  IF NOT FOUND THEN
    UPDATE queue_slots SET booked = booked - 1 WHERE id = slot_row;
    RETURN NULL;
  END IF;

  INSERT INTO sequences AS s (office_id, scope, year, last) VALUES (p_office_id, p_scope, p_year, 1)
  ON CONFLICT (office_id, scope, year) DO UPDATE SET last = s.last + 1
  RETURNING last INTO ticket_seq;
  ticket_number := p_prefix || '-' || CASE WHEN ticket_seq < 1000 THEN lpad(ticket_seq::text, 3, '0') ELSE ticket_seq::text END;

  INSERT INTO queue_tickets (id, office_id, queue_service_id, day, seq, number, code, kind, status, priority, resident_id, slot_id, request_id, active_key, recalls, created_at, updated_at)
  VALUES (p_ticket_id, p_office_id, p_queue_service_id, p_day, ticket_seq, ticket_number, p_code, 'BOOKING', 'BOOKED', 'NONE', p_resident_id, slot_row, p_request_id, p_active_key, 0, stamp, stamp);
  INSERT INTO queue_events (ticket_id, actor_id, type, created_at) VALUES (p_ticket_id, p_user_id, 'queue.booked', stamp);
  RETURN json_build_object('id', p_ticket_id, 'number', ticket_number);
END $$;
