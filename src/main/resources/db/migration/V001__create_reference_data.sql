-- Reference data every feature reads: departments, national operators, structures, users.
create table department (
  code varchar(3) primary key,
  name varchar(100) not null
);

-- Operators are data: the network went from 9 to 12 national operators and may change again.
create table operator (
  code varchar(40) primary key,
  name varchar(120) not null,
  sort_order int not null,
  active boolean not null default true
);

create table structure (
  id uuid primary key,
  name varchar(200) not null,
  department_code varchar(3) not null references department (code),
  commune varchar(120) not null,
  status varchar(40) not null,
  label_number varchar(40),
  labelled_at timestamptz,
  created_at timestamptz not null,
  version int not null default 0
);
create index structure_department_idx on structure (department_code, status);

create table app_user (
  username varchar(80) primary key,
  password_hash varchar(100) not null,
  display_name varchar(200) not null,
  role varchar(20) not null,
  department_code varchar(3) references department (code),
  operator_code varchar(40) references operator (code),
  structure_id uuid references structure (id),
  active boolean not null default true,
  created_at timestamptz not null,
  constraint app_user_role_check check (role in
    ('ADMIN', 'ANCT', 'PREFECT', 'AUDITOR', 'AGENT', 'REFERENT', 'ESCALATION', 'VISITOR', 'TRAINER')),
  -- Scope is part of identity: a role without its scope would see nothing or, worse, everything.
  constraint app_user_scope_check check (
    (role = 'PREFECT' and department_code is not null)
    or (role = 'AGENT' and structure_id is not null)
    or (role = 'REFERENT' and operator_code is not null and department_code is not null)
    or (role = 'ESCALATION' and operator_code is not null)
    or role in ('ADMIN', 'ANCT', 'AUDITOR', 'VISITOR', 'TRAINER'))
);
create index app_user_referent_idx on app_user (role, operator_code, department_code) where active;

insert into operator (code, name, sort_order) values
  ('FRANCE_TRAVAIL', 'France Travail', 1),
  ('CAF', 'Caf (Caisses d''allocations familiales)', 2),
  ('ASSURANCE_MALADIE', 'Assurance Maladie', 3),
  ('ASSURANCE_RETRAITE', 'Assurance retraite', 4),
  ('MSA', 'MSA (Mutualité sociale agricole)', 5),
  ('LA_POSTE', 'La Poste', 6),
  ('DGFIP', 'Finances publiques (DGFiP)', 7),
  ('FRANCE_TITRES', 'France Titres (ex-ANTS)', 8),
  ('JUSTICE', 'Ministère de la Justice', 9),
  ('CHEQUE_ENERGIE', 'Chèque énergie', 10),
  ('ANAH', 'Anah (France Rénov'')', 11),
  ('URSSAF', 'Urssaf', 12);

insert into department (code, name) values
  ('01', 'Ain'), ('02', 'Aisne'), ('03', 'Allier'), ('04', 'Alpes-de-Haute-Provence'), ('05', 'Hautes-Alpes'),
  ('06', 'Alpes-Maritimes'), ('07', 'Ardèche'), ('08', 'Ardennes'), ('09', 'Ariège'), ('10', 'Aube'),
  ('11', 'Aude'), ('12', 'Aveyron'), ('13', 'Bouches-du-Rhône'), ('14', 'Calvados'), ('15', 'Cantal'),
  ('16', 'Charente'), ('17', 'Charente-Maritime'), ('18', 'Cher'), ('19', 'Corrèze'), ('2A', 'Corse-du-Sud'),
  ('2B', 'Haute-Corse'), ('21', 'Côte-d''Or'), ('22', 'Côtes-d''Armor'), ('23', 'Creuse'), ('24', 'Dordogne'),
  ('25', 'Doubs'), ('26', 'Drôme'), ('27', 'Eure'), ('28', 'Eure-et-Loir'), ('29', 'Finistère'),
  ('30', 'Gard'), ('31', 'Haute-Garonne'), ('32', 'Gers'), ('33', 'Gironde'), ('34', 'Hérault'),
  ('35', 'Ille-et-Vilaine'), ('36', 'Indre'), ('37', 'Indre-et-Loire'), ('38', 'Isère'), ('39', 'Jura'),
  ('40', 'Landes'), ('41', 'Loir-et-Cher'), ('42', 'Loire'), ('43', 'Haute-Loire'), ('44', 'Loire-Atlantique'),
  ('45', 'Loiret'), ('46', 'Lot'), ('47', 'Lot-et-Garonne'), ('48', 'Lozère'), ('49', 'Maine-et-Loire'),
  ('50', 'Manche'), ('51', 'Marne'), ('52', 'Haute-Marne'), ('53', 'Mayenne'), ('54', 'Meurthe-et-Moselle'),
  ('55', 'Meuse'), ('56', 'Morbihan'), ('57', 'Moselle'), ('58', 'Nièvre'), ('59', 'Nord'),
  ('60', 'Oise'), ('61', 'Orne'), ('62', 'Pas-de-Calais'), ('63', 'Puy-de-Dôme'), ('64', 'Pyrénées-Atlantiques'),
  ('65', 'Hautes-Pyrénées'), ('66', 'Pyrénées-Orientales'), ('67', 'Bas-Rhin'), ('68', 'Haut-Rhin'), ('69', 'Rhône'),
  ('70', 'Haute-Saône'), ('71', 'Saône-et-Loire'), ('72', 'Sarthe'), ('73', 'Savoie'), ('74', 'Haute-Savoie'),
  ('75', 'Paris'), ('76', 'Seine-Maritime'), ('77', 'Seine-et-Marne'), ('78', 'Yvelines'), ('79', 'Deux-Sèvres'),
  ('80', 'Somme'), ('81', 'Tarn'), ('82', 'Tarn-et-Garonne'), ('83', 'Var'), ('84', 'Vaucluse'),
  ('85', 'Vendée'), ('86', 'Vienne'), ('87', 'Haute-Vienne'), ('88', 'Vosges'), ('89', 'Yonne'),
  ('90', 'Territoire de Belfort'), ('91', 'Essonne'), ('92', 'Hauts-de-Seine'), ('93', 'Seine-Saint-Denis'),
  ('94', 'Val-de-Marne'), ('95', 'Val-d''Oise'), ('971', 'Guadeloupe'), ('972', 'Martinique'), ('973', 'Guyane'),
  ('974', 'La Réunion'), ('976', 'Mayotte');
