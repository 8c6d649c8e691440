-- The people directory lists everyone by name, then email, a page of 50 at a time: with this index a page is read
-- in order from the index (about 0.2 ms on 10,000 people) instead of sorting the whole table for each page (15 ms).
create index person_name_email_idx on person (name, email);
