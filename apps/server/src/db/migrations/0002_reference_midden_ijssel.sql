-- Reference data present on every database: regio Midden-IJssel (centrumgemeente Deventer)
-- and its five municipalities with their CBS codes. Fixed ids keep imports and tests stable.

INSERT INTO regions (id, slug, name)
VALUES ('0b6f5a3e-5d1c-4c55-9d1e-6a1f0c000001', 'midden-ijssel', 'Regio Midden-IJssel');

INSERT INTO municipalities (id, region_id, code, name) VALUES
  ('0b6f5a3e-5d1c-4c55-9d1e-6a1f0c000150', '0b6f5a3e-5d1c-4c55-9d1e-6a1f0c000001', 'GM0150', 'Deventer'),
  ('0b6f5a3e-5d1c-4c55-9d1e-6a1f0c000262', '0b6f5a3e-5d1c-4c55-9d1e-6a1f0c000001', 'GM0262', 'Lochem'),
  ('0b6f5a3e-5d1c-4c55-9d1e-6a1f0c001773', '0b6f5a3e-5d1c-4c55-9d1e-6a1f0c000001', 'GM1773', 'Olst-Wijhe'),
  ('0b6f5a3e-5d1c-4c55-9d1e-6a1f0c000177', '0b6f5a3e-5d1c-4c55-9d1e-6a1f0c000001', 'GM0177', 'Raalte'),
  ('0b6f5a3e-5d1c-4c55-9d1e-6a1f0c000301', '0b6f5a3e-5d1c-4c55-9d1e-6a1f0c000001', 'GM0301', 'Zutphen');
