-- Every change of a public cache tag tells the app instances at once (NOTIFY cache_versions,
-- delivered when the changing transaction commits): each instance's page cache
-- (scripts/lib/page-cache.mjs) drops its pages instead of waiting for their lifetime to end.
CREATE FUNCTION cache_versions_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('cache_versions', NEW.tag);
  RETURN NULL;
END;
$$;

CREATE TRIGGER cache_versions_notify
  AFTER INSERT OR UPDATE ON cache_versions
  FOR EACH ROW EXECUTE FUNCTION cache_versions_notify();
