-- The label's mandatory criteria are data, versioned: an audit records the version it used, and ANCT can
-- publish a new one (say, 12 mandatory operators instead of 9) without touching the cases in progress.
create table referential (
  version varchar(20) primary key,
  title varchar(200) not null,
  published_at timestamptz not null,
  published_by varchar(80) not null
);

create table referential_criterion (
  referential_version varchar(20) not null references referential (version),
  code varchar(20) not null,
  position int not null,
  label varchar(120) not null,
  requirement text not null,
  category varchar(80) not null,
  -- How an auditor verifies it: DECLARED, DOCUMENT, ON_SITE, SYSTEM, MYSTERY_VISIT.
  verifications text[] not null,
  -- What Relais measures in the declaration to check it automatically, with the least acceptable value.
  measure varchar(40),
  minimum numeric(8, 2),
  primary key (referential_version, code),
  constraint referential_criterion_threshold_check check ((measure is null) = (minimum is null))
);

-- The national operators every structure must offer under this version (criterion FS-10).
create table referential_operator (
  referential_version varchar(20) not null references referential (version),
  operator_code varchar(40) not null references operator (code),
  primary key (referential_version, operator_code)
);

insert into referential (version, title, published_at, published_by) values
  ('2019', 'Circulaire du Premier ministre du 1er juillet 2019 (n° 6094/SG), annexe 7 : 30 critères obligatoires',
   '2019-07-01T00:00:00+02:00', 'anct');

insert into referential_operator (referential_version, operator_code) values
  ('2019', 'CAF'), ('2019', 'ASSURANCE_MALADIE'), ('2019', 'ASSURANCE_RETRAITE'), ('2019', 'MSA'),
  ('2019', 'FRANCE_TRAVAIL'), ('2019', 'LA_POSTE'), ('2019', 'DGFIP'), ('2019', 'FRANCE_TITRES'), ('2019', 'JUSTICE');

-- The wording of annex 7 is not public: these rows rebuild it from the circular and the programme's texts
-- (domain.md, section 3), in the order of that reconstruction.
insert into referential_criterion
  (referential_version, code, position, label, requirement, category, verifications, measure, minimum) values
  ('2019', 'FS-01', 1, 'Jours d''ouverture', 'Ouverture au public au moins cinq jours par semaine.',
   'Horaires d''ouverture', '{DECLARED,DOCUMENT,ON_SITE,MYSTERY_VISIT}', 'OPENING_DAYS_PER_WEEK', 5),
  ('2019', 'FS-02', 2, 'Amplitude hebdomadaire', 'Des horaires d''ouverture totalisant au moins 24 heures par semaine.',
   'Horaires d''ouverture', '{DECLARED,DOCUMENT,ON_SITE,MYSTERY_VISIT}', 'OPENING_HOURS_PER_WEEK', 24),
  ('2019', 'FS-03', 3, 'Horaires adaptés et publiés',
   'Des horaires adaptés aux besoins locaux, affichés sur place et publiés dans la liste nationale des structures.',
   'Horaires d''ouverture', '{DOCUMENT,ON_SITE}', null, null),
  ('2019', 'FS-04', 4, 'Deux agents polyvalents',
   'Au moins deux agents polyvalents, formés et physiquement présents, sans dérogation, y compris en zone de montagne.',
   'Personnel', '{DECLARED,DOCUMENT,ON_SITE}', 'AGENTS', 2),
  ('2019', 'FS-05', 5, 'Continuité de l''accueil',
   'Pas de porte close un jour ouvré pour l''absence du seul agent ; un agent accompagne les démarches en ligne pendant que l''autre accueille.',
   'Personnel', '{DOCUMENT,ON_SITE,MYSTERY_VISIT}', null, null),
  ('2019', 'FS-06', 6, 'Formés avant l''ouverture',
   'Chaque agent a suivi la formation initiale avant l''ouverture de la structure.',
   'Formation', '{DOCUMENT}', null, null),
  ('2019', 'FS-07', 7, 'Socle commun de formation',
   'Formation CNFPT de 2,5 jours en présentiel (accueil, posture, médiation numérique, outils) et MOOC et webinaire obligatoires.',
   'Formation', '{DOCUMENT}', null, null),
  ('2019', 'FS-08', 8, 'Formation métier des partenaires',
   'Trois jours en présentiel donnés par les partenaires : leurs offres et sites, et des cas par situation de vie.',
   'Formation', '{DOCUMENT}', null, null),
  ('2019', 'FS-09', 9, 'Formation continue',
   'Formation continue et périodes d''immersion chez les opérateurs.',
   'Formation', '{DOCUMENT}', null, null),
  ('2019', 'FS-10', 10, 'Offre des neuf partenaires',
   'Le socle de services des neuf partenaires nationaux est disponible dans la structure (bouquet de services).',
   'Partenaires et services', '{DECLARED,DOCUMENT,ON_SITE,MYSTERY_VISIT}', 'NATIONAL_OPERATORS', 9),
  ('2019', 'FS-11', 11, 'Convention cadre départementale',
   'Convention cadre départementale signée au moins par les neuf partenaires, avec une annexe par structure.',
   'Gouvernance', '{DOCUMENT}', null, null),
  ('2019', 'FS-12', 12, 'Référents de back-office',
   'Chaque opérateur désigne des référents de back-office dans le département pour les dossiers complexes.',
   'Partenaires et gouvernance', '{DOCUMENT,SYSTEM}', null, null),
  ('2019', 'FS-13', 13, 'Présence des partenaires',
   'Les partenaires sont présents par des permanences et/ou une visioconférence interopérable, dans l''espace confidentiel.',
   'Partenaires et équipement', '{DOCUMENT,ON_SITE}', null, null),
  ('2019', 'FS-14', 14, 'Réponse complète',
   'Apporter une réponse complète sans réorienter par défaut ; une charte liste les démarches à transmettre aux opérateurs.',
   'Partenaires et services', '{MYSTERY_VISIT,DOCUMENT}', null, null),
  ('2019', 'FS-15', 15, 'Trois missions',
   'Information de premier niveau, accompagnement aux démarches notamment en ligne, orientation vers le partenaire compétent.',
   'Partenaires et services', '{MYSTERY_VISIT}', null, null),
  ('2019', 'FS-16', 16, 'Laïcité et neutralité',
   'Les agents assurent l''égalité de traitement des usagers et respectent la laïcité et la neutralité.',
   'Personnel et gouvernance', '{DOCUMENT,MYSTERY_VISIT}', null, null),
  ('2019', 'FS-17', 17, 'Point d''accueil',
   'Une banque d''accueil ou un bureau accessible d''où l''agent voit arriver les usagers.',
   'Locaux', '{ON_SITE}', null, null),
  ('2019', 'FS-18', 18, 'Espace confidentiel',
   'Un espace fermé pour les rendez-vous confidentiels, en présentiel ou à distance.',
   'Locaux', '{DECLARED,ON_SITE}', 'CONFIDENTIAL_ROOMS', 1),
  ('2019', 'FS-19', 19, 'Accessibilité PMR',
   'Toute structure fixe est accessible aux personnes à mobilité réduite.',
   'Locaux', '{DECLARED,ON_SITE,DOCUMENT}', 'ACCESSIBLE_PREMISES', 1),
  ('2019', 'FS-20', 20, 'Poste en libre accès',
   'Au moins un ordinateur que les usagers utilisent en autonomie.',
   'Équipement', '{DECLARED,ON_SITE}', 'FREE_ACCESS_WORKSTATIONS', 1),
  ('2019', 'FS-21', 21, 'Poste de visioconférence',
   'Au moins un ordinateur équipé d''une webcam pour les rendez-vous à distance.',
   'Équipement', '{DECLARED,ON_SITE}', 'VIDEO_WORKSTATIONS', 1),
  ('2019', 'FS-22', 22, 'Périphériques et connexion',
   'Imprimante, scanner et accès internet ou wifi pour les usagers.',
   'Équipement', '{ON_SITE}', null, null),
  ('2019', 'FS-23', 23, 'Inscription à la plateforme',
   'Structure et agents inscrits sur la plateforme France Services (espace agent).',
   'Outils numériques', '{SYSTEM}', null, null),
  ('2019', 'FS-24', 24, 'Suivi d''activité',
   'Chaque accompagnement est enregistré dans l''outil de suivi d''activité.',
   'Outils numériques et qualité', '{SYSTEM}', null, null),
  ('2019', 'FS-25', 25, 'Administration+ utilisé',
   'Les agents saisissent les référents des partenaires par Administration+ (messagerie sécurisée, réponse sous 72 heures).',
   'Outils numériques et partenaires', '{SYSTEM}', null, null),
  ('2019', 'FS-26', 26, 'Identité France Services',
   'Signalétique intérieure et extérieure et logo conformes à la marque nationale.',
   'Communication et signalétique', '{ON_SITE}', null, null),
  ('2019', 'FS-27', 27, 'Moyens de contact',
   'Numéro de téléphone et adresse électronique de la structure publiés.',
   'Communication', '{DOCUMENT}', null, null),
  ('2019', 'FS-28', 28, 'Gratuit, ouvert à tous, sans rendez-vous',
   'Accueil gratuit et ouvert à tous ; les principales démarches sont traitées sans rendez-vous.',
   'Services et qualité', '{MYSTERY_VISIT}', null, null),
  ('2019', 'FS-29', 29, 'Mesure de la qualité',
   'Participe aux enquêtes annuelles de satisfaction et accepte les visites mystère aléatoires.',
   'Qualité et satisfaction', '{SYSTEM,MYSTERY_VISIT}', null, null),
  ('2019', 'FS-30', 30, 'Place dans le maillage départemental',
   'À moins de 30 minutes des usagers, en zone prioritaire, sans doublon ; vérifié par la préfecture.',
   'Pilotage', '{DOCUMENT}', null, null);
