-- "A place may have come back" for the booking waiting room in front of the app
-- (scripts/lib/booking-gate.mjs): it answers "kuota penuh" for a slot the app has just called full,
-- and forgets that on every instance when one of these changes commits. Payload: the queue service's
-- id, or '' when the change may concern every service of an office (a closure of the whole office,
-- a holiday). NOTIFY is sent on commit only, and identical ones of one transaction are sent once.
CREATE OR REPLACE FUNCTION antrian_room_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  service text;
BEGIN
  IF TG_TABLE_NAME = 'holidays' THEN
    service := '';
  ELSIF TG_TABLE_NAME = 'queue_services' THEN
    service := NEW.id;
  ELSIF TG_OP = 'DELETE' THEN
    service := OLD.queue_service_id;
  ELSE
    service := NEW.queue_service_id;
  END IF;
  PERFORM pg_notify('antrian_room', coalesce(service, ''));
  RETURN NULL;
END $$;

-- A booking cancelled (the counters go down) or a quota raised.
CREATE TRIGGER queue_slots_room AFTER UPDATE OF booked, quota ON queue_slots
  FOR EACH ROW WHEN (NEW.booked < OLD.booked OR NEW.quota > OLD.quota) EXECUTE FUNCTION antrian_room_notify();
CREATE TRIGGER queue_days_room AFTER UPDATE OF booked, quota ON queue_days
  FOR EACH ROW WHEN (NEW.booked < OLD.booked OR NEW.quota > OLD.quota) EXECUTE FUNCTION antrian_room_notify();
-- Counters dropped (e.g. recomputed after a schedule change).
CREATE TRIGGER queue_slots_room_gone AFTER DELETE ON queue_slots FOR EACH ROW EXECUTE FUNCTION antrian_room_notify();
CREATE TRIGGER queue_days_room_gone AFTER DELETE ON queue_days FOR EACH ROW EXECUTE FUNCTION antrian_room_notify();
-- Schedules, closures, the service's own settings and holidays decide what a slot may be answered.
CREATE TRIGGER queue_schedules_room AFTER INSERT OR UPDATE OR DELETE ON queue_schedules FOR EACH ROW EXECUTE FUNCTION antrian_room_notify();
CREATE TRIGGER queue_closures_room AFTER INSERT OR UPDATE OR DELETE ON queue_closures FOR EACH ROW EXECUTE FUNCTION antrian_room_notify();
CREATE TRIGGER queue_services_room AFTER UPDATE ON queue_services FOR EACH ROW EXECUTE FUNCTION antrian_room_notify();
CREATE TRIGGER holidays_room AFTER INSERT OR UPDATE OR DELETE ON holidays FOR EACH STATEMENT EXECUTE FUNCTION antrian_room_notify();
