-- Failed password logins per client address (IPv6: per /64 network) in the current window, for the
-- per-address login limit beside the per-account lockout (LoginAddressLimit).
create table login_address_failure (
    address            varchar(64)              primary key,
    failed_count       integer                  not null,
    window_started_at  timestamp with time zone not null
);
create index login_address_failure_window_idx on login_address_failure (window_started_at);
