-- The days a PPK may leave a recommendation unanswered before it counts as waiting too long: the
-- setting NETRALITAS_FOLLOWUP_LIMIT_DAYS, stored with the build (main.build_settings) so that every
-- mart and report of one build counts the same waits.
create or replace macro followup_limit() as
(select build_settings.followup_limit_days from main.build_settings as build_settings)
