-- Upward foundation: people, skills, accounts, API tokens, shared sessions and scheduler locks.

create table person (
    id          bigint generated always as identity primary key,
    email       varchar(254) not null,
    name        varchar(200) not null,
    department  varchar(120) not null,
    job_title   varchar(200),
    job_level   integer      not null check (job_level between 1 and 10),
    manager_id  bigint references person (id),
    hire_date   date,
    leave_date  date,
    generation  varchar(20) check (generation in ('BOOMER', 'GEN_X', 'MILLENNIAL', 'GEN_Z')),
    version     bigint       not null default 0,
    created_at  timestamp with time zone not null default now(),
    updated_at  timestamp with time zone not null default now(),
    constraint person_email_lower check (email = lower(email)),
    constraint person_leave_after_hire check (leave_date is null or hire_date is null or leave_date >= hire_date),
    constraint person_not_own_manager check (manager_id is null or manager_id <> id)
);
create unique index person_email_key on person (email);
create index person_manager_idx on person (manager_id);
create index person_department_idx on person (department);

create table skill (
    id        bigint generated always as identity primary key,
    name      varchar(120) not null,
    category  varchar(30)  not null check (category in
        ('DIGITAL_TOOLS', 'SOCIAL_MEDIA', 'DATA_AND_AI', 'MARKET_INSIGHT',
         'DIVERSITY_AND_INCLUSION', 'LEADERSHIP', 'BUSINESS_STRATEGY', 'OTHER')),
    retired   boolean      not null default false,
    version   bigint       not null default 0
);
create unique index skill_name_key on skill (lower(name));

insert into skill (name, category) values
    ('AI assistants', 'DATA_AND_AI'),
    ('Data dashboards', 'DATA_AND_AI'),
    ('Prompt writing', 'DATA_AND_AI'),
    ('Spreadsheet automation', 'DATA_AND_AI'),
    ('Collaboration platforms', 'DIGITAL_TOOLS'),
    ('Mobile-first workflows', 'DIGITAL_TOOLS'),
    ('Cloud file sharing', 'DIGITAL_TOOLS'),
    ('Video meetings', 'DIGITAL_TOOLS'),
    ('LinkedIn presence', 'SOCIAL_MEDIA'),
    ('TikTok', 'SOCIAL_MEDIA'),
    ('Instagram', 'SOCIAL_MEDIA'),
    ('Personal branding', 'SOCIAL_MEDIA'),
    ('Gen Z consumer trends', 'MARKET_INSIGHT'),
    ('Creator economy', 'MARKET_INSIGHT'),
    ('Sustainability expectations', 'MARKET_INSIGHT'),
    ('Inclusive language', 'DIVERSITY_AND_INCLUSION'),
    ('Neurodiversity awareness', 'DIVERSITY_AND_INCLUSION'),
    ('Hybrid team culture', 'DIVERSITY_AND_INCLUSION'),
    ('Giving feedback', 'LEADERSHIP'),
    ('Stakeholder management', 'LEADERSHIP'),
    ('Career navigation', 'LEADERSHIP'),
    ('Strategic planning', 'BUSINESS_STRATEGY'),
    ('Financial acumen', 'BUSINESS_STRATEGY'),
    ('Negotiation', 'BUSINESS_STRATEGY'),
    ('Executive presence', 'BUSINESS_STRATEGY'),
    ('Public speaking', 'OTHER');

create table account (
    id                  bigint generated always as identity primary key,
    person_id           bigint       not null unique references person (id),
    password_hash       varchar(255),
    enabled             boolean      not null default false,
    failed_login_count  integer      not null default 0,
    locked_until        timestamp with time zone,
    last_login_at       timestamp with time zone,
    version             bigint       not null default 0,
    created_at          timestamp with time zone not null default now()
);

create table account_role (
    account_id  bigint      not null references account (id) on delete cascade,
    role        varchar(20) not null check (role in ('ADMIN', 'EXECUTIVE', 'PARTICIPANT')),
    primary key (account_id, role)
);
create index account_role_role_idx on account_role (role);

create table api_token (
    id            bigint generated always as identity primary key,
    account_id    bigint       not null references account (id) on delete cascade,
    name          varchar(100) not null,
    token_hash    varchar(64)  not null unique,
    created_at    timestamp with time zone not null default now(),
    last_used_at  timestamp with time zone,
    revoked_at    timestamp with time zone
);
create index api_token_account_idx on api_token (account_id);

-- Spring Session JDBC (schema-postgresql.sql of spring-session-jdbc)
create table spring_session (
    primary_id             char(36)     not null,
    session_id             char(36)     not null,
    creation_time          bigint       not null,
    last_access_time       bigint       not null,
    max_inactive_interval  int          not null,
    expiry_time            bigint       not null,
    principal_name         varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id  char(36)     not null,
    attribute_name      varchar(200) not null,
    attribute_bytes     bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- ShedLock (JdbcTemplateLockProvider)
create table shedlock (
    name        varchar(64)  not null primary key,
    lock_until  timestamp with time zone not null,
    locked_at   timestamp with time zone not null,
    locked_by   varchar(255) not null
);
