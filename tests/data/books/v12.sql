PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE entity (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  siren TEXT NOT NULL,
  vat_liable INTEGER NOT NULL CHECK (vat_liable IN (0, 1))
) STRICT, WITHOUT ROWID;
INSERT INTO entity VALUES('AT','Action Territoriale','900000011',1);
INSERT INTO entity VALUES('RES','Le Réseau 1000 cafés','900000029',0);
CREATE TABLE account (
  entity TEXT NOT NULL REFERENCES entity(code),
  number TEXT NOT NULL,
  label TEXT NOT NULL,
  PRIMARY KEY (entity, number)
) STRICT, WITHOUT ROWID;
INSERT INTO account VALUES('AT','101000','Capital');
INSERT INTO account VALUES('AT','101100','Capital souscrit - non appelé');
INSERT INTO account VALUES('AT','101200','Capital souscrit - appelé, non versé');
INSERT INTO account VALUES('AT','101300','Capital souscrit - appelé, versé');
INSERT INTO account VALUES('AT','101800','Capital souscrit soumis à des réglementations particulières');
INSERT INTO account VALUES('AT','102000','Fonds propres sans droit de reprise');
INSERT INTO account VALUES('AT','102100','Première situation nette établie');
INSERT INTO account VALUES('AT','102200','Fonds statutaires');
INSERT INTO account VALUES('AT','102300','Dotations non consomptibles');
INSERT INTO account VALUES('AT','102310','Dotations non consomptibles initiales');
INSERT INTO account VALUES('AT','102320','Dotations non consomptibles complémentaires');
INSERT INTO account VALUES('AT','102400','Autres fonds propres sans droit de reprise');
INSERT INTO account VALUES('AT','103000','Fonds propres avec droit de reprise');
INSERT INTO account VALUES('AT','103200','Fonds statutaires');
INSERT INTO account VALUES('AT','103400','Autres fonds propres avec droit de reprise');
INSERT INTO account VALUES('AT','104000','Primes liées au capital');
INSERT INTO account VALUES('AT','104100','Primes d''émission');
INSERT INTO account VALUES('AT','104200','Primes de fusion');
INSERT INTO account VALUES('AT','104300','Primes d''apport');
INSERT INTO account VALUES('AT','104400','Primes de conversion d''obligations en actions');
INSERT INTO account VALUES('AT','104500','Bons de souscription d''actions');
INSERT INTO account VALUES('AT','105000','Écarts de réévaluation');
INSERT INTO account VALUES('AT','105100','Écarts de réévaluation sur biens sans droit de reprise');
INSERT INTO account VALUES('AT','105200','Écarts de réévaluation sur biens avec droit de reprise');
INSERT INTO account VALUES('AT','106000','Réserves');
INSERT INTO account VALUES('AT','106100','Réserve légale');
INSERT INTO account VALUES('AT','106200','Réserves indisponibles');
INSERT INTO account VALUES('AT','106300','Réserves statutaires');
INSERT INTO account VALUES('AT','106400','Réserves réglementées');
INSERT INTO account VALUES('AT','106800','Réserves pour projet de l’entité');
INSERT INTO account VALUES('AT','107000','Écart d''équivalence');
INSERT INTO account VALUES('AT','108000','Dotations consomptibles');
INSERT INTO account VALUES('AT','108100','Dotations consomptibles');
INSERT INTO account VALUES('AT','108900','Dotations consomptibles inscrites au compte de résultat');
INSERT INTO account VALUES('AT','109000','Actionnaires : capital souscrit - non appelé');
INSERT INTO account VALUES('AT','110000','Report à nouveau - solde créditeur');
INSERT INTO account VALUES('AT','119000','Report à nouveau - solde débiteur');
INSERT INTO account VALUES('AT','120000','Résultat de l''exercice – excédent');
INSERT INTO account VALUES('AT','120900','Acomptes sur dividendes');
INSERT INTO account VALUES('AT','129000','Résultat de l''exercice – déficit');
INSERT INTO account VALUES('AT','131000','Subventions d''équipement');
INSERT INTO account VALUES('AT','139000','Subventions inscrites au compte de résultat');
INSERT INTO account VALUES('AT','143000','Provisions réglementées pour hausse de prix');
INSERT INTO account VALUES('AT','145000','Amortissements dérogatoires');
INSERT INTO account VALUES('AT','148000','Autres provisions réglementées');
INSERT INTO account VALUES('AT','151000','Provisions pour risques');
INSERT INTO account VALUES('AT','151100','Provisions pour litiges');
INSERT INTO account VALUES('AT','151200','Provisions pour garanties données aux clients');
INSERT INTO account VALUES('AT','151400','Provisions pour amendes et pénalités');
INSERT INTO account VALUES('AT','151500','Provisions pour pertes de change');
INSERT INTO account VALUES('AT','151600','Provisions pour pertes sur contrats');
INSERT INTO account VALUES('AT','151800','Autres provisions pour risques');
INSERT INTO account VALUES('AT','152000','Provisions pour charges sur legs ou donations');
INSERT INTO account VALUES('AT','152100','Provisions pour pensions et obligations similaires');
INSERT INTO account VALUES('AT','152200','Provisions pour restructurations');
INSERT INTO account VALUES('AT','152300','Provisions pour impôts');
INSERT INTO account VALUES('AT','152400','Provisions pour renouvellement des immobilisations - entreprises concessionnaires');
INSERT INTO account VALUES('AT','152500','Provisions pour gros entretien ou grandes révisions');
INSERT INTO account VALUES('AT','152600','Provisions pour remise en état');
INSERT INTO account VALUES('AT','152700','Autres provisions pour charges');
INSERT INTO account VALUES('AT','153000','Provisions pour pensions et obligations similaires');
INSERT INTO account VALUES('AT','155000','Provisions pour impôts');
INSERT INTO account VALUES('AT','157000','Provisions pour charges à répartir sur plusieurs exercices');
INSERT INTO account VALUES('AT','158000','Autres provisions pour charges');
INSERT INTO account VALUES('AT','161000','Emprunts obligataires convertibles');
INSERT INTO account VALUES('AT','161800','Intérêts courus sur emprunts obligataires convertibles');
INSERT INTO account VALUES('AT','162000','Obligations représentatives de passifs nets remis en fiducie');
INSERT INTO account VALUES('AT','163000','Autres emprunts obligataires');
INSERT INTO account VALUES('AT','163100','Titres associatifs et assimilés');
INSERT INTO account VALUES('AT','163800','Intérêts courus sur autres emprunts obligataires');
INSERT INTO account VALUES('AT','164000','Emprunts auprès des établissements de crédit');
INSERT INTO account VALUES('AT','164800','Intérêts courus sur emprunts auprès des établissements de crédit');
INSERT INTO account VALUES('AT','165000','Dépôts et cautionnements reçus');
INSERT INTO account VALUES('AT','165100','Dépôts');
INSERT INTO account VALUES('AT','165500','Cautionnements');
INSERT INTO account VALUES('AT','165800','Intérêts courus sur dépôts et cautionnements reçus');
INSERT INTO account VALUES('AT','166000','Participation des salariés aux résultats');
INSERT INTO account VALUES('AT','166100','Comptes bloqués');
INSERT INTO account VALUES('AT','166200','Fonds de participation');
INSERT INTO account VALUES('AT','166800','Intérêts courus sur participation des salariés aux résultats');
INSERT INTO account VALUES('AT','167000','Emprunts et dettes assortis de conditions particulières');
INSERT INTO account VALUES('AT','167100','Émissions de titres participatifs');
INSERT INTO account VALUES('AT','167400','Avances conditionnées de l''État');
INSERT INTO account VALUES('AT','167500','Emprunts participatifs');
INSERT INTO account VALUES('AT','168000','Autres emprunts et dettes assimilées');
INSERT INTO account VALUES('AT','168100','Autres emprunts');
INSERT INTO account VALUES('AT','168500','Rentes viagères capitalisées');
INSERT INTO account VALUES('AT','168700','Autres dettes');
INSERT INTO account VALUES('AT','168800','Intérêts courus sur autres emprunts et dettes assimilées');
INSERT INTO account VALUES('AT','169000','Primes de remboursement des emprunts');
INSERT INTO account VALUES('AT','171000','Dettes rattachées à des participations - groupe');
INSERT INTO account VALUES('AT','174000','Dettes rattachées à des participations - hors groupe');
INSERT INTO account VALUES('AT','178000','Dettes rattachées à des sociétés en participation');
INSERT INTO account VALUES('AT','181000','Apports permanents entre siège social et établissements');
INSERT INTO account VALUES('AT','185000','Biens et prestations de services échangés entre établissements et siège social');
INSERT INTO account VALUES('AT','186000','Biens et prestations de services échangés entre établissements - charges');
INSERT INTO account VALUES('AT','187000','Biens et prestations de services échangés entre établissements - produits');
INSERT INTO account VALUES('AT','188000','Comptes de liaison des sociétés en participation');
INSERT INTO account VALUES('AT','191000','Fonds reportés liés aux legs ou donations');
INSERT INTO account VALUES('AT','191100','Legs ou donations');
INSERT INTO account VALUES('AT','191200','Donations temporaires d’usufruit');
INSERT INTO account VALUES('AT','194000','Fonds dédiés sur subventions fonctionnement');
INSERT INTO account VALUES('AT','195000','Fonds dédiés sur contributions financières d’autres organismes');
INSERT INTO account VALUES('AT','196000','Fonds dédiés sur ressources liées à la générosité du public');
INSERT INTO account VALUES('AT','201000','Frais d''établissement');
INSERT INTO account VALUES('AT','201100','Frais de constitution');
INSERT INTO account VALUES('AT','201200','Frais de premier établissement');
INSERT INTO account VALUES('AT','201300','Frais d''augmentation de capital et d''opérations diverses - fusions, scissions, transformations');
INSERT INTO account VALUES('AT','203000','Frais de recherche et développement');
INSERT INTO account VALUES('AT','204000','Donations temporaires d’usufruit');
INSERT INTO account VALUES('AT','205000','Concessions et droits similaires, brevets, licences, marques, procédés, solutions informatiques, droits et valeurs similaires');
INSERT INTO account VALUES('AT','206000','Droit au bail');
INSERT INTO account VALUES('AT','207000','Fonds commercial');
INSERT INTO account VALUES('AT','208000','Autres immobilisations incorporelles');
INSERT INTO account VALUES('AT','208100','Mali de fusion sur actifs incorporels');
INSERT INTO account VALUES('AT','211000','Terrains');
INSERT INTO account VALUES('AT','211100','Terrains nus');
INSERT INTO account VALUES('AT','211200','Terrains aménagés');
INSERT INTO account VALUES('AT','211300','Sous-sols et sur-sols');
INSERT INTO account VALUES('AT','211400','Terrains de carrières (Tréfonds)');
INSERT INTO account VALUES('AT','211500','Terrains bâtis');
INSERT INTO account VALUES('AT','212000','Agencements et aménagements de terrains');
INSERT INTO account VALUES('AT','212100','Terrains nus');
INSERT INTO account VALUES('AT','212200','Terrains aménagés');
INSERT INTO account VALUES('AT','212300','Sous-sols et sur-sols');
INSERT INTO account VALUES('AT','212400','Terrains de carrières (Tréfonds)');
INSERT INTO account VALUES('AT','212500','Terrains bâtis');
INSERT INTO account VALUES('AT','213000','Constructions');
INSERT INTO account VALUES('AT','213100','Bâtiments');
INSERT INTO account VALUES('AT','213500','Installations générales - agencements - aménagements des constructions');
INSERT INTO account VALUES('AT','213800','Ouvrages d''infrastructure');
INSERT INTO account VALUES('AT','214000','Constructions sur sol d''autrui');
INSERT INTO account VALUES('AT','214100','Bâtiments');
INSERT INTO account VALUES('AT','214500','Installations générales - agencements - aménagements des constructions');
INSERT INTO account VALUES('AT','214800','Ouvrages d''infrastructure');
INSERT INTO account VALUES('AT','215000','Installations techniques, matériels et outillages industriels');
INSERT INTO account VALUES('AT','215100','Installations complexes spécialisées');
INSERT INTO account VALUES('AT','215300','Installations à caractère spécifique');
INSERT INTO account VALUES('AT','215400','Matériels industriels');
INSERT INTO account VALUES('AT','215500','Outillages industriels');
INSERT INTO account VALUES('AT','215700','Agencements et aménagements des matériels et outillages industriels');
INSERT INTO account VALUES('AT','218000','Autres immobilisations corporelles');
INSERT INTO account VALUES('AT','218100','Installations générales, agencements, aménagements divers');
INSERT INTO account VALUES('AT','218200','Matériel de transport');
INSERT INTO account VALUES('AT','218300','Matériel de bureau et matériel informatique');
INSERT INTO account VALUES('AT','218400','Mobilier');
INSERT INTO account VALUES('AT','218500','Cheptel');
INSERT INTO account VALUES('AT','218600','Emballages récupérables');
INSERT INTO account VALUES('AT','218700','Mali de fusion sur actifs corporels');
INSERT INTO account VALUES('AT','229000','Droits du concédant');
INSERT INTO account VALUES('AT','231000','Immobilisations corporelles en cours');
INSERT INTO account VALUES('AT','232000','Immobilisations incorporelles en cours');
INSERT INTO account VALUES('AT','237000','Avances et acomptes versés sur immobilisations incorporelles');
INSERT INTO account VALUES('AT','238000','Avances et acomptes versés sur immobilisations corporelles');
INSERT INTO account VALUES('AT','240000','Biens reçus par legs ou donations à céder');
INSERT INTO account VALUES('AT','261000','Titres de participation');
INSERT INTO account VALUES('AT','261100','Actions');
INSERT INTO account VALUES('AT','261800','Autres titres');
INSERT INTO account VALUES('AT','262000','Titres évalués par équivalence');
INSERT INTO account VALUES('AT','266000','Autres formes de participation');
INSERT INTO account VALUES('AT','266100','Droits représentatifs d''actifs nets remis en fiducie');
INSERT INTO account VALUES('AT','267000','Créances rattachées à des participations');
INSERT INTO account VALUES('AT','267100','Créances rattachées à des participations - groupe');
INSERT INTO account VALUES('AT','267400','Créances rattachées à des participations - hors groupe');
INSERT INTO account VALUES('AT','267500','Versements représentatifs d''apports non capitalisés - appel de fonds');
INSERT INTO account VALUES('AT','267600','Avances consolidables');
INSERT INTO account VALUES('AT','267700','Autres créances rattachées à des participations');
INSERT INTO account VALUES('AT','267800','Intérêts courus');
INSERT INTO account VALUES('AT','268000','Créances rattachées à des sociétés en participation');
INSERT INTO account VALUES('AT','268100','Principal');
INSERT INTO account VALUES('AT','268800','Intérêts courus');
INSERT INTO account VALUES('AT','269000','Versements restant à effectuer sur titres de participation non libérés');
INSERT INTO account VALUES('AT','271000','Titres immobilisés autres que les titres immobilisés de l''activité de portefeuille (droit de propriété)');
INSERT INTO account VALUES('AT','271100','Actions');
INSERT INTO account VALUES('AT','271800','Autres titres');
INSERT INTO account VALUES('AT','272000','Titres immobilisés (droit de créance)');
INSERT INTO account VALUES('AT','272100','Obligations');
INSERT INTO account VALUES('AT','272200','Bons');
INSERT INTO account VALUES('AT','273000','Titres immobilisés de l''activité de portefeuille');
INSERT INTO account VALUES('AT','274000','Prêts');
INSERT INTO account VALUES('AT','274100','Prêts participatifs');
INSERT INTO account VALUES('AT','274200','Prêts aux partenaires');
INSERT INTO account VALUES('AT','274300','Prêts au personnel');
INSERT INTO account VALUES('AT','274800','Autres prêts');
INSERT INTO account VALUES('AT','275000','Dépôts et cautionnements versés');
INSERT INTO account VALUES('AT','275100','Dépôts');
INSERT INTO account VALUES('AT','275500','Cautionnements');
INSERT INTO account VALUES('AT','276000','Autres créances immobilisées');
INSERT INTO account VALUES('AT','276100','Créances diverses');
INSERT INTO account VALUES('AT','276800','Intérêts courus');
INSERT INTO account VALUES('AT','277000','Actions propres ou parts propres');
INSERT INTO account VALUES('AT','277100','Actions propres ou parts propres');
INSERT INTO account VALUES('AT','277200','Actions propres ou parts propres en voie d’annulation');
INSERT INTO account VALUES('AT','278000','Mali de fusion sur actifs financiers');
INSERT INTO account VALUES('AT','279000','Versements restant à effectuer sur titres immobilisés non libérés');
INSERT INTO account VALUES('AT','280000','Amortissements des immobilisations incorporelles et des frais d’établissement');
INSERT INTO account VALUES('AT','280100','Frais d''établissement');
INSERT INTO account VALUES('AT','280300','Frais de développement');
INSERT INTO account VALUES('AT','280500','Concessions et droits similaires, brevets, licences, solutions informatiques, droits et valeurs similaires');
INSERT INTO account VALUES('AT','280600','Droit au bail');
INSERT INTO account VALUES('AT','280700','Fonds commercial');
INSERT INTO account VALUES('AT','280800','Autres immobilisations incorporelles');
INSERT INTO account VALUES('AT','281000','Amortissements des immobilisations corporelles');
INSERT INTO account VALUES('AT','281200','Agencements, aménagements de terrains');
INSERT INTO account VALUES('AT','281300','Constructions');
INSERT INTO account VALUES('AT','281400','Constructions sur sol d''autrui');
INSERT INTO account VALUES('AT','281500','Installations, matériel et outillage industriels');
INSERT INTO account VALUES('AT','281800','Autres immobilisations corporelles');
INSERT INTO account VALUES('AT','282000','Amortissements des immobilisations mises en concession');
INSERT INTO account VALUES('AT','290000','Dépréciations des immobilisations incorporelles');
INSERT INTO account VALUES('AT','290100','Frais d’établissement');
INSERT INTO account VALUES('AT','290300','Frais de développement');
INSERT INTO account VALUES('AT','290500','Marques, procédés, droits et valeurs similaires');
INSERT INTO account VALUES('AT','290600','Droit au bail');
INSERT INTO account VALUES('AT','290700','Fonds commercial');
INSERT INTO account VALUES('AT','290800','Autres immobilisations incorporelles');
INSERT INTO account VALUES('AT','291000','Dépréciations des immobilisations corporelles');
INSERT INTO account VALUES('AT','291100','Terrains');
INSERT INTO account VALUES('AT','291200','Agencements et aménagements de terrains');
INSERT INTO account VALUES('AT','291300','Constructions');
INSERT INTO account VALUES('AT','291400','Constructions sur sol d''autrui');
INSERT INTO account VALUES('AT','291500','Installations techniques, matériels et outillages industriels');
INSERT INTO account VALUES('AT','291800','Autres immobilisations corporelles');
INSERT INTO account VALUES('AT','292000','Dépréciations des immobilisations mises en concession');
INSERT INTO account VALUES('AT','293000','Dépréciations des immobilisations en cours');
INSERT INTO account VALUES('AT','293100','Immobilisations corporelles en cours');
INSERT INTO account VALUES('AT','293200','Immobilisations incorporelles en cours');
INSERT INTO account VALUES('AT','294000','Dépréciations des biens reçus par legs ou donations destinés à être cédés');
INSERT INTO account VALUES('AT','296000','Dépréciations des participations et créances rattachées à des participations');
INSERT INTO account VALUES('AT','296100','Titres de participation');
INSERT INTO account VALUES('AT','296200','Titres évalués par équivalence');
INSERT INTO account VALUES('AT','296600','Autres formes de participation');
INSERT INTO account VALUES('AT','296700','Créances rattachées à des participations');
INSERT INTO account VALUES('AT','296800','Créances rattachées à des sociétés en participation');
INSERT INTO account VALUES('AT','297000','Dépréciations des autres immobilisations financières');
INSERT INTO account VALUES('AT','297100','Titres immobilisés autres que les titres immobilisés de l''activité de portefeuille (droit de propriété)');
INSERT INTO account VALUES('AT','297200','Titres immobilisés (droit de créance)');
INSERT INTO account VALUES('AT','297300','Titres immobilisés de l''activité de portefeuille');
INSERT INTO account VALUES('AT','297400','Prêts');
INSERT INTO account VALUES('AT','297500','Dépôts et cautionnements versés');
INSERT INTO account VALUES('AT','297600','Autres créances immobilisées');
INSERT INTO account VALUES('AT','321000','Matières consommables');
INSERT INTO account VALUES('AT','322000','Fournitures consommables');
INSERT INTO account VALUES('AT','322100','Combustibles');
INSERT INTO account VALUES('AT','322200','Produits d''entretien');
INSERT INTO account VALUES('AT','322300','Fournitures d''atelier et d''usine');
INSERT INTO account VALUES('AT','322400','Fournitures de magasin');
INSERT INTO account VALUES('AT','322500','Fournitures de bureau');
INSERT INTO account VALUES('AT','326000','Emballages');
INSERT INTO account VALUES('AT','326100','Emballages perdus');
INSERT INTO account VALUES('AT','326500','Emballages récupérables non identifiables');
INSERT INTO account VALUES('AT','326700','Emballages à usage mixte');
INSERT INTO account VALUES('AT','331000','Produits en cours');
INSERT INTO account VALUES('AT','335000','Travaux en cours');
INSERT INTO account VALUES('AT','341000','Études en cours');
INSERT INTO account VALUES('AT','345000','Prestations de services en cours');
INSERT INTO account VALUES('AT','351000','Produits intermédiaires');
INSERT INTO account VALUES('AT','355000','Produits finis');
INSERT INTO account VALUES('AT','358000','Produits résiduels ou matières de récupération');
INSERT INTO account VALUES('AT','358100','Déchets');
INSERT INTO account VALUES('AT','358500','Rebuts');
INSERT INTO account VALUES('AT','358600','Matières de récupération');
INSERT INTO account VALUES('AT','391000','Dépréciations des matières premières et fournitures');
INSERT INTO account VALUES('AT','392000','Dépréciations des autres approvisionnements');
INSERT INTO account VALUES('AT','393000','Dépréciations des en-cours de production de biens');
INSERT INTO account VALUES('AT','394000','Dépréciations des en-cours de production de services');
INSERT INTO account VALUES('AT','395000','Dépréciations des stocks de produits');
INSERT INTO account VALUES('AT','397000','Dépréciations des stocks de marchandises');
INSERT INTO account VALUES('AT','401000','Fournisseurs');
INSERT INTO account VALUES('AT','401100','Fournisseurs - Achats de biens et prestations de services');
INSERT INTO account VALUES('AT','401700','Fournisseurs - Retenues de garantie');
INSERT INTO account VALUES('AT','403000','Fournisseurs - Effets à payer');
INSERT INTO account VALUES('AT','404000','Fournisseurs d''immobilisations');
INSERT INTO account VALUES('AT','404100','Fournisseurs - Achats d''immobilisations');
INSERT INTO account VALUES('AT','404700','Fournisseurs d''immobilisations - Retenues de garantie');
INSERT INTO account VALUES('AT','405000','Fournisseurs d''immobilisations - Effets à payer');
INSERT INTO account VALUES('AT','408000','Fournisseurs - Factures non parvenues');
INSERT INTO account VALUES('AT','408100','Fournisseurs');
INSERT INTO account VALUES('AT','408400','Fournisseurs d''immobilisations');
INSERT INTO account VALUES('AT','408800','Fournisseurs - Intérêts courus');
INSERT INTO account VALUES('AT','409000','Fournisseurs débiteurs');
INSERT INTO account VALUES('AT','409100','Fournisseurs - Avances et acomptes versés sur commandes');
INSERT INTO account VALUES('AT','409600','Fournisseurs - Créances pour emballages et matériel à rendre');
INSERT INTO account VALUES('AT','409700','Fournisseurs - Autres avoirs');
INSERT INTO account VALUES('AT','409800','RRR à obtenir et autres avoirs non encore reçus');
INSERT INTO account VALUES('AT','411000','Usagers');
INSERT INTO account VALUES('AT','411100','Clients - Ventes de biens ou de prestations de services');
INSERT INTO account VALUES('AT','411700','Clients - Retenues de garantie');
INSERT INTO account VALUES('AT','413000','Usagers - Effets à recevoir');
INSERT INTO account VALUES('AT','416000','Usagers douteux ou litigieux');
INSERT INTO account VALUES('AT','418000','Usagers non encore facturés');
INSERT INTO account VALUES('AT','418100','Clients - Factures à établir');
INSERT INTO account VALUES('AT','418800','Clients - Intérêts courus');
INSERT INTO account VALUES('AT','419000','Clients créditeurs');
INSERT INTO account VALUES('AT','419100','Usagers créditeurs : Avances et acomptes');
INSERT INTO account VALUES('AT','419600','Clients - Dettes sur emballages et matériels consignés');
INSERT INTO account VALUES('AT','419700','Clients - Autres avoirs');
INSERT INTO account VALUES('AT','419800','RRR à accorder et autres avoirs à établir');
INSERT INTO account VALUES('AT','421000','Personnel - Rémunérations dues');
INSERT INTO account VALUES('AT','422000','Comité social et économique');
INSERT INTO account VALUES('AT','424000','Participation des salariés aux résultats');
INSERT INTO account VALUES('AT','424600','Réserve spéciale');
INSERT INTO account VALUES('AT','424800','Comptes courants');
INSERT INTO account VALUES('AT','425000','Personnel - Avances et acomptes et autres comptes débiteurs');
INSERT INTO account VALUES('AT','426000','Personnel - Dépôts');
INSERT INTO account VALUES('AT','427000','Personnel - Oppositions');
INSERT INTO account VALUES('AT','428000','Personnel - Charges à payer');
INSERT INTO account VALUES('AT','428200','Dettes provisionnées pour congés à payer');
INSERT INTO account VALUES('AT','428400','Dettes provisionnées pour participation des salariés aux résultats');
INSERT INTO account VALUES('AT','428600','Autres charges à payer');
INSERT INTO account VALUES('AT','431000','Sécurité sociale');
INSERT INTO account VALUES('AT','437000','Autres organismes sociaux');
INSERT INTO account VALUES('AT','437200','Mutuelles');
INSERT INTO account VALUES('AT','437300','Caisses de retraites et de prévoyance');
INSERT INTO account VALUES('AT','437800','Autres organismes sociaux');
INSERT INTO account VALUES('AT','438000','Organismes sociaux - Charges à payer');
INSERT INTO account VALUES('AT','438200','Charges sociales sur congés à payer');
INSERT INTO account VALUES('AT','438600','Autres charges à payer');
INSERT INTO account VALUES('AT','438700','Produits à recevoir');
INSERT INTO account VALUES('AT','439000','Organismes sociaux - Produits à recevoir');
INSERT INTO account VALUES('AT','441000','État - Subventions et aides à recevoir');
INSERT INTO account VALUES('AT','442000','Contributions, impôts et taxes recouvrés pour le compte de l''État');
INSERT INTO account VALUES('AT','442100','Prélèvements à la source (Impôt sur le revenu)');
INSERT INTO account VALUES('AT','442200','Prélèvements forfaitaires non libératoires');
INSERT INTO account VALUES('AT','442300','Retenues et prélèvements sur les distributions');
INSERT INTO account VALUES('AT','444000','État - Impôts sur les bénéfices');
INSERT INTO account VALUES('AT','445000','État - Taxes sur le chiffre d''affaires');
INSERT INTO account VALUES('AT','445200','TVA due intracommunautaire');
INSERT INTO account VALUES('AT','445500','Taxes sur le chiffre d''affaires à décaisser');
INSERT INTO account VALUES('AT','445510','TVA à décaisser');
INSERT INTO account VALUES('AT','445580','Taxes assimilées à la TVA');
INSERT INTO account VALUES('AT','445600','Taxes sur le chiffre d''affaires déductibles');
INSERT INTO account VALUES('AT','445620','TVA sur immobilisations');
INSERT INTO account VALUES('AT','445660','TVA sur autres biens et services');
INSERT INTO account VALUES('AT','445661','TVA déductible sur autres biens et services 20 %');
INSERT INTO account VALUES('AT','445662','TVA déductible sur autres biens et services 10 %');
INSERT INTO account VALUES('AT','445663','TVA déductible sur autres biens et services 5,5 %');
INSERT INTO account VALUES('AT','445670','Crédit de TVA à reporter');
INSERT INTO account VALUES('AT','445700','Taxes sur le chiffre d''affaires collectées');
INSERT INTO account VALUES('AT','445710','TVA collectée');
INSERT INTO account VALUES('AT','445711','TVA collectée 20 %');
INSERT INTO account VALUES('AT','445712','TVA collectée 10 %');
INSERT INTO account VALUES('AT','445713','TVA collectée 5,5 %');
INSERT INTO account VALUES('AT','445780','Taxes assimilées à la TVA');
INSERT INTO account VALUES('AT','445800','Taxes sur le chiffre d''affaires à régulariser ou en attente');
INSERT INTO account VALUES('AT','445810','Acomptes - Régime simplifié d''imposition');
INSERT INTO account VALUES('AT','445830','Remboursement de taxes sur le chiffre d''affaires demandé');
INSERT INTO account VALUES('AT','445840','TVA récupérée d’avance');
INSERT INTO account VALUES('AT','445860','Taxes sur le chiffre d’affaires sur factures non parvenues');
INSERT INTO account VALUES('AT','445870','Taxes sur le chiffre d’affaires sur factures à établir');
INSERT INTO account VALUES('AT','446000','Obligations cautionnées');
INSERT INTO account VALUES('AT','447000','Autres impôts, taxes et versements assimilés');
INSERT INTO account VALUES('AT','448000','État - Charges à payer et produits à recevoir');
INSERT INTO account VALUES('AT','448100','État - Charges à Payer');
INSERT INTO account VALUES('AT','448200','État - Produits à recevoir');
INSERT INTO account VALUES('AT','449000','Quotas d’émission à acquérir');
INSERT INTO account VALUES('AT','451000','Confédération, fédération et associations affiliées');
INSERT INTO account VALUES('AT','455000','Partenaires - comptes courants');
INSERT INTO account VALUES('AT','455100','Principal');
INSERT INTO account VALUES('AT','455800','Intérêts courus');
INSERT INTO account VALUES('AT','456000','Associés - Opérations sur le capital');
INSERT INTO account VALUES('AT','456100','Associés - Comptes d''apport en société');
INSERT INTO account VALUES('AT','456200','Apporteurs - Capital appelé, non versé');
INSERT INTO account VALUES('AT','456300','Associés - Versements reçus sur augmentation de capital');
INSERT INTO account VALUES('AT','456400','Associés - Versements anticipés');
INSERT INTO account VALUES('AT','456600','Actionnaires défaillants');
INSERT INTO account VALUES('AT','456700','Associés - Capital à rembourser');
INSERT INTO account VALUES('AT','457000','Associés - Dividendes à payer');
INSERT INTO account VALUES('AT','458000','Associés - Opérations faites en commun et en GIE');
INSERT INTO account VALUES('AT','458100','Opérations courantes');
INSERT INTO account VALUES('AT','458800','Intérêts courus');
INSERT INTO account VALUES('AT','461000','Dettes des legs ou donations');
INSERT INTO account VALUES('AT','462000','Créances sur cessions d''immobilisations');
INSERT INTO account VALUES('AT','464000','Dettes sur acquisitions de valeurs mobilières de placement');
INSERT INTO account VALUES('AT','465000','Créances sur cessions de valeurs mobilières de placement');
INSERT INTO account VALUES('AT','466000','Créances reçues par legs ou donations');
INSERT INTO account VALUES('AT','467000','Divers comptes débiteurs et produits à recevoir');
INSERT INTO account VALUES('AT','467100','Débiteurs divers');
INSERT INTO account VALUES('AT','467200','Créditeurs divers');
INSERT INTO account VALUES('AT','468000','Divers comptes créditeurs et charges à payer');
INSERT INTO account VALUES('AT','468100','Frais des bénévoles');
INSERT INTO account VALUES('AT','468600','Divers - Charges à payer');
INSERT INTO account VALUES('AT','468700','Divers - Produits à recevoir');
INSERT INTO account VALUES('AT','471000','Comptes d''attente');
INSERT INTO account VALUES('AT','472000','Comptes de transit');
INSERT INTO account VALUES('AT','474000','Différences d’évaluation – Actif');
INSERT INTO account VALUES('AT','474100','Différences d''évaluation sur instruments financiers à terme - Actif');
INSERT INTO account VALUES('AT','474200','Différences d''évaluation sur jetons détenus - Actif');
INSERT INTO account VALUES('AT','474600','Différences d’évaluation de jetons sur des passifs - Actif');
INSERT INTO account VALUES('AT','475000','Différences d’évaluation – Passif');
INSERT INTO account VALUES('AT','475100','Différences d''évaluation sur instruments financiers à terme - Passif');
INSERT INTO account VALUES('AT','475200','Différences d''évaluation sur jetons détenus - Passif');
INSERT INTO account VALUES('AT','475600','Différences d’évaluation de jetons sur des passifs - Passif');
INSERT INTO account VALUES('AT','476000','Différence de conversion - Actif');
INSERT INTO account VALUES('AT','476100','Diminution des créances');
INSERT INTO account VALUES('AT','476200','Augmentation des dettes');
INSERT INTO account VALUES('AT','476800','Différences compensées par couverture de change');
INSERT INTO account VALUES('AT','477000','Différences de conversion - Passif');
INSERT INTO account VALUES('AT','477100','Augmentation des créances');
INSERT INTO account VALUES('AT','477200','Diminution des dettes');
INSERT INTO account VALUES('AT','477800','Différences compensées par couverture de change');
INSERT INTO account VALUES('AT','478000','Autres comptes transitoires');
INSERT INTO account VALUES('AT','478100','Mali de fusion sur actif circulant');
INSERT INTO account VALUES('AT','481000','Frais d’émission des emprunts');
INSERT INTO account VALUES('AT','486000','Charges constatées d''avance');
INSERT INTO account VALUES('AT','487000','Produits constatés d''avance');
INSERT INTO account VALUES('AT','487100','Produits constatés d’avance sur jetons émis');
INSERT INTO account VALUES('AT','488000','Comptes de répartition périodique des charges et des produits');
INSERT INTO account VALUES('AT','488600','Charges');
INSERT INTO account VALUES('AT','488700','Produits');
INSERT INTO account VALUES('AT','491000','Dépréciation des comptes d''usagers');
INSERT INTO account VALUES('AT','495000','Dépréciations des comptes du groupe et des associés');
INSERT INTO account VALUES('AT','495100','Comptes du groupe');
INSERT INTO account VALUES('AT','495500','Comptes courants des associés');
INSERT INTO account VALUES('AT','495800','Opérations faites en commun et en GIE');
INSERT INTO account VALUES('AT','496000','Dépréciations des comptes de débiteurs divers');
INSERT INTO account VALUES('AT','496200','Créances sur cessions d''immobilisations');
INSERT INTO account VALUES('AT','496500','Créances sur cessions de valeurs mobilières de placement');
INSERT INTO account VALUES('AT','496700','Autres comptes débiteurs');
INSERT INTO account VALUES('AT','502000','Actions propres');
INSERT INTO account VALUES('AT','502100','Actions destinées à être attribuées aux employés et affectées à des plans déterminés');
INSERT INTO account VALUES('AT','502200','Actions disponibles pour être attribuées aux employés ou pour la régularisation des cours de bourse');
INSERT INTO account VALUES('AT','503000','Actions');
INSERT INTO account VALUES('AT','503100','Titres cotés');
INSERT INTO account VALUES('AT','503500','Titres non cotés');
INSERT INTO account VALUES('AT','504000','Autres titres conférant un droit de propriété');
INSERT INTO account VALUES('AT','505000','Obligations et bons émis par la société et rachetés par elle');
INSERT INTO account VALUES('AT','506000','Obligations');
INSERT INTO account VALUES('AT','506100','Titres cotés');
INSERT INTO account VALUES('AT','506500','Titres non cotés');
INSERT INTO account VALUES('AT','507000','Bons du Trésor et bons de caisse à court terme');
INSERT INTO account VALUES('AT','508000','Autres valeurs mobilières de placement et autres créances assimilées');
INSERT INTO account VALUES('AT','508100','Autres valeurs mobilières');
INSERT INTO account VALUES('AT','508200','Bons de souscription');
INSERT INTO account VALUES('AT','508800','Intérêts courus sur obligations, bons et valeurs assimilés');
INSERT INTO account VALUES('AT','509000','Versements restant à effectuer sur valeurs mobilières de placement non libérées');
INSERT INTO account VALUES('AT','511000','Valeurs à l''encaissement');
INSERT INTO account VALUES('AT','511100','Coupons échus à l''encaissement');
INSERT INTO account VALUES('AT','511200','Chèques à encaisser');
INSERT INTO account VALUES('AT','511300','Effets à l''encaissement');
INSERT INTO account VALUES('AT','511400','Effets à l''escompte');
INSERT INTO account VALUES('AT','511500','Cartes bancaires à encaisser');
INSERT INTO account VALUES('AT','512000','Banques');
INSERT INTO account VALUES('AT','518000','Intérêts courus');
INSERT INTO account VALUES('AT','518100','Intérêts courus à payer');
INSERT INTO account VALUES('AT','518800','Intérêts courus à recevoir');
INSERT INTO account VALUES('AT','519000','Concours bancaires courants');
INSERT INTO account VALUES('AT','519100','Crédit de mobilisation de créances commerciales');
INSERT INTO account VALUES('AT','519300','Mobilisation de créances nées à l''étranger');
INSERT INTO account VALUES('AT','519800','Intérêts courus sur concours bancaires courants');
INSERT INTO account VALUES('AT','521000','Instruments financiers à terme');
INSERT INTO account VALUES('AT','522000','Jetons détenus');
INSERT INTO account VALUES('AT','523000','Jetons auto-détenus');
INSERT INTO account VALUES('AT','524000','Jetons empruntés');
INSERT INTO account VALUES('AT','530000','Caisse');
INSERT INTO account VALUES('AT','580000','Virements internes');
INSERT INTO account VALUES('AT','590000','Dépréciations des valeurs mobilières de placement');
INSERT INTO account VALUES('AT','590300','Actions');
INSERT INTO account VALUES('AT','590400','Autres titres conférant un droit de propriété');
INSERT INTO account VALUES('AT','590600','Obligations');
INSERT INTO account VALUES('AT','590800','Autres valeurs mobilières de placement et créances assimilées');
INSERT INTO account VALUES('AT','601000','Achats stockés - Matières premières et fournitures');
INSERT INTO account VALUES('AT','602000','Achats stockés - Autres approvisionnements');
INSERT INTO account VALUES('AT','602100','Matières consommables');
INSERT INTO account VALUES('AT','602200','Fournitures consommables');
INSERT INTO account VALUES('AT','602600','Emballages');
INSERT INTO account VALUES('AT','603000','Variation des stocks d''approvisionnements et de marchandises');
INSERT INTO account VALUES('AT','603100','Variation des stocks de matières premières et fournitures');
INSERT INTO account VALUES('AT','603200','Variation des stocks des autres approvisionnements');
INSERT INTO account VALUES('AT','603700','Variation des stocks de marchandises');
INSERT INTO account VALUES('AT','604000','Achats d''études et prestations de services');
INSERT INTO account VALUES('AT','605000','Achats de matériel, équipements et travaux');
INSERT INTO account VALUES('AT','606000','Achats non stockés de matière et fournitures');
INSERT INTO account VALUES('AT','606100','Fournitures non stockables (eau, énergie, etc.)');
INSERT INTO account VALUES('AT','606300','Fournitures d''entretien et de petit équipement');
INSERT INTO account VALUES('AT','606400','Fournitures administratives');
INSERT INTO account VALUES('AT','606800','Autres matières et fournitures');
INSERT INTO account VALUES('AT','607000','Achats de marchandises');
INSERT INTO account VALUES('AT','608000','Regroupement des frais accessoires incorporés aux achats');
INSERT INTO account VALUES('AT','609000','Rabais, remises et ristournes obtenus sur achats');
INSERT INTO account VALUES('AT','609800','RRR non affectés');
INSERT INTO account VALUES('AT','611000','Sous-traitance générale');
INSERT INTO account VALUES('AT','612000','Redevances de crédit-bail');
INSERT INTO account VALUES('AT','612200','Crédit-bail mobilier');
INSERT INTO account VALUES('AT','612500','Crédit-bail immobilier');
INSERT INTO account VALUES('AT','613000','Locations');
INSERT INTO account VALUES('AT','613200','Locations immobilières');
INSERT INTO account VALUES('AT','613500','Locations mobilières');
INSERT INTO account VALUES('AT','614000','Charges locatives et de copropriété');
INSERT INTO account VALUES('AT','615000','Entretien et réparation');
INSERT INTO account VALUES('AT','615200','Entretien et réparation sur biens immobiliers');
INSERT INTO account VALUES('AT','615500','Entretien et réparation sur biens mobiliers');
INSERT INTO account VALUES('AT','615600','Maintenance');
INSERT INTO account VALUES('AT','616000','Primes d''assurances');
INSERT INTO account VALUES('AT','616100','Multirisques');
INSERT INTO account VALUES('AT','616200','Assurance obligatoire dommage construction');
INSERT INTO account VALUES('AT','616300','Assurance - transport');
INSERT INTO account VALUES('AT','616400','Risques d''exploitation');
INSERT INTO account VALUES('AT','616500','Primes d''assurances pour insolvabilité usagers');
INSERT INTO account VALUES('AT','617000','Études et recherches');
INSERT INTO account VALUES('AT','618000','Divers');
INSERT INTO account VALUES('AT','618100','Documentation générale');
INSERT INTO account VALUES('AT','618300','Documentation technique');
INSERT INTO account VALUES('AT','618500','Frais de colloques, séminaires, conférences');
INSERT INTO account VALUES('AT','618700','Prestations administratives');
INSERT INTO account VALUES('AT','619000','Rabais, remises et ristournes obtenus sur services extérieurs');
INSERT INTO account VALUES('AT','621000','Personnel extérieur à l''association');
INSERT INTO account VALUES('AT','621100','Personnel intérimaire');
INSERT INTO account VALUES('AT','621400','Personnel détaché ou prêté à l''association');
INSERT INTO account VALUES('AT','621410','Mises à disposition de personnel salarié');
INSERT INTO account VALUES('AT','622000','Rémunérations d''intermédiaires et honoraires');
INSERT INTO account VALUES('AT','622100','Commissions et courtages sur achats');
INSERT INTO account VALUES('AT','622200','Commissions et courtages sur ventes');
INSERT INTO account VALUES('AT','622400','Rémunérations des transitaires');
INSERT INTO account VALUES('AT','622500','Rémunérations d''affacturage');
INSERT INTO account VALUES('AT','622600','Honoraires');
INSERT INTO account VALUES('AT','622640','Honoraires sur legs ou donations à céder');
INSERT INTO account VALUES('AT','622700','Frais d''actes et de contentieux');
INSERT INTO account VALUES('AT','622800','Divers');
INSERT INTO account VALUES('AT','623000','Publicité, publications, relations publiques');
INSERT INTO account VALUES('AT','623100','Annonces et insertions');
INSERT INTO account VALUES('AT','623200','Échantillons');
INSERT INTO account VALUES('AT','623300','Foires et expositions');
INSERT INTO account VALUES('AT','623400','Cadeaux aux usagers');
INSERT INTO account VALUES('AT','623500','Primes');
INSERT INTO account VALUES('AT','623600','Catalogues et imprimés');
INSERT INTO account VALUES('AT','623700','Publications');
INSERT INTO account VALUES('AT','623800','Divers (pourboires, dons courants)');
INSERT INTO account VALUES('AT','624000','Transports de biens et transports collectifs du personnel');
INSERT INTO account VALUES('AT','624100','Transports sur achats');
INSERT INTO account VALUES('AT','624200','Transports sur ventes');
INSERT INTO account VALUES('AT','624300','Transports entre établissements ou chantiers');
INSERT INTO account VALUES('AT','624400','Transports administratifs');
INSERT INTO account VALUES('AT','624700','Transports collectifs du personnel');
INSERT INTO account VALUES('AT','624800','Divers');
INSERT INTO account VALUES('AT','625000','Déplacements, missions et réceptions');
INSERT INTO account VALUES('AT','625100','Voyages et déplacements');
INSERT INTO account VALUES('AT','625500','Frais de déménagement');
INSERT INTO account VALUES('AT','625600','Missions');
INSERT INTO account VALUES('AT','625700','Réceptions');
INSERT INTO account VALUES('AT','626000','Frais postaux et de télécommunications');
INSERT INTO account VALUES('AT','627000','Services bancaires et assimilés');
INSERT INTO account VALUES('AT','627100','Frais sur titres (achat, vente, garde)');
INSERT INTO account VALUES('AT','627200','Commissions et frais sur émission d''emprunts');
INSERT INTO account VALUES('AT','627500','Frais sur effets');
INSERT INTO account VALUES('AT','627600','Location de coffres');
INSERT INTO account VALUES('AT','627800','Autres frais et commissions sur prestations de services');
INSERT INTO account VALUES('AT','628000','Divers');
INSERT INTO account VALUES('AT','628100','Cotisations professionnelles');
INSERT INTO account VALUES('AT','628400','Frais de recrutement de personnel');
INSERT INTO account VALUES('AT','629000','Rabais, remises et ristournes obtenus sur autres services extérieurs');
INSERT INTO account VALUES('AT','631000','Impôts, taxes et versements assimilés sur rémunérations (administrations des impôts)');
INSERT INTO account VALUES('AT','631100','Taxe sur les salaires');
INSERT INTO account VALUES('AT','631400','Cotisation pour défaut d''investissement obligatoire dans la construction');
INSERT INTO account VALUES('AT','631800','Autres');
INSERT INTO account VALUES('AT','633000','Impôts, taxes et versements assimilés sur rémunérations (autres organismes)');
INSERT INTO account VALUES('AT','633100','Versement de transport');
INSERT INTO account VALUES('AT','633200','Allocations logement');
INSERT INTO account VALUES('AT','633300','Contribution unique des employeurs à la formation professionnelle');
INSERT INTO account VALUES('AT','633400','Participation des employeurs à l''effort de construction');
INSERT INTO account VALUES('AT','633500','Versements libératoires ouvrant droit à l''exonération de la taxe d''apprentissage');
INSERT INTO account VALUES('AT','633800','Autres');
INSERT INTO account VALUES('AT','635000','Autres impôts, taxes et versements assimilés (administrations des impôts)');
INSERT INTO account VALUES('AT','635100','Impôts directs (sauf impôts sur les bénéfices)');
INSERT INTO account VALUES('AT','635200','Taxe sur le chiffre d''affaires non récupérables');
INSERT INTO account VALUES('AT','635300','Impôts indirects');
INSERT INTO account VALUES('AT','635400','Droits d''enregistrement et de timbre');
INSERT INTO account VALUES('AT','635800','Autres droits');
INSERT INTO account VALUES('AT','637000','Autres impôts, taxes et versements assimilés (autres organismes)');
INSERT INTO account VALUES('AT','637100','Contribution sociale de solidarité à la charge des sociétés');
INSERT INTO account VALUES('AT','637200','Taxes perçues par les organismes publics internationaux');
INSERT INTO account VALUES('AT','637400','Impôts et taxes exigibles à l''étranger');
INSERT INTO account VALUES('AT','637800','Taxes diverses');
INSERT INTO account VALUES('AT','638000','Rappel d’impôts (autres qu’impôts sur les bénéfices)');
INSERT INTO account VALUES('AT','641000','Rémunérations du personnel');
INSERT INTO account VALUES('AT','641100','Salaires, appointements');
INSERT INTO account VALUES('AT','641200','Congés payés');
INSERT INTO account VALUES('AT','641300','Primes et gratifications');
INSERT INTO account VALUES('AT','641400','Indemnités et avantages divers');
INSERT INTO account VALUES('AT','641500','Supplément familial');
INSERT INTO account VALUES('AT','644000','Rémunération du travail de l''exploitant');
INSERT INTO account VALUES('AT','645000','Cotisations de sécurité sociale et de prévoyance');
INSERT INTO account VALUES('AT','645100','Cotisations à l''Urssaf');
INSERT INTO account VALUES('AT','645200','Cotisations aux mutuelles');
INSERT INTO account VALUES('AT','645300','Cotisations caisses de retraites et de prévoyance');
INSERT INTO account VALUES('AT','645400','Cotisations versées au titre du chômage (France Travail)');
INSERT INTO account VALUES('AT','645800','Cotisations aux autres organismes sociaux');
INSERT INTO account VALUES('AT','646000','Cotisations sociales personnelles de l''exploitant');
INSERT INTO account VALUES('AT','647000','Autres cotisations sociales');
INSERT INTO account VALUES('AT','647100','Prestations directes');
INSERT INTO account VALUES('AT','647200','Versements au comité social et économique');
INSERT INTO account VALUES('AT','647400','Versements aux autres œuvres sociales');
INSERT INTO account VALUES('AT','647500','Médecine du travail, pharmacie');
INSERT INTO account VALUES('AT','648000','Autres charges de personnel');
INSERT INTO account VALUES('AT','648100','Indemnités du personnel de culte');
INSERT INTO account VALUES('AT','648500','Charges sociales sur indemnités de culte');
INSERT INTO account VALUES('AT','648800','Autres charges de personnel');
INSERT INTO account VALUES('AT','649000','Remboursements de charges de personnel');
INSERT INTO account VALUES('AT','651000','Redevances pour concessions, brevets, licences, marques, procédés, solutions informatiques, droits et valeurs similaires');
INSERT INTO account VALUES('AT','651100','Redevances pour concessions, brevets, licences, marques, procédés, solutions informatiques');
INSERT INTO account VALUES('AT','651600','Droits d''auteur et de reproduction');
INSERT INTO account VALUES('AT','651800','Autres droits et valeurs similaires');
INSERT INTO account VALUES('AT','652000','Valeurs comptables des immobilisations incorporelles et corporelles cédées');
INSERT INTO account VALUES('AT','652100','Immobilisations reçues par legs ou donations');
INSERT INTO account VALUES('AT','653000','Charges de la générosité du public');
INSERT INTO account VALUES('AT','653100','Autres charges sur legs ou donations');
INSERT INTO account VALUES('AT','654000','Pertes sur créances irrécouvrables');
INSERT INTO account VALUES('AT','654100','Créances de l''exercice');
INSERT INTO account VALUES('AT','654400','Créances des exercices antérieurs');
INSERT INTO account VALUES('AT','655000','Quote-part de résultat sur opérations faites en commun');
INSERT INTO account VALUES('AT','655100','Quote-part de bénéfice transférée - comptabilité du gérant');
INSERT INTO account VALUES('AT','655500','Quote-part de perte supportée - comptabilité des associés non gérants');
INSERT INTO account VALUES('AT','656000','Pertes de change sur créances et dettes commerciales');
INSERT INTO account VALUES('AT','657000','Aides financières');
INSERT INTO account VALUES('AT','657100','Aides financières octroyées');
INSERT INTO account VALUES('AT','657200','Quotes-parts de générosité reversée');
INSERT INTO account VALUES('AT','657300','Apports ou affectations en numéraire');
INSERT INTO account VALUES('AT','658000','Pénalités et autres charges');
INSERT INTO account VALUES('AT','658100','Pénalités sur marchés (et dédits payés sur achats et ventes)');
INSERT INTO account VALUES('AT','658200','Pénalités, amendes fiscales et pénales');
INSERT INTO account VALUES('AT','658300','Malis provenant de clauses d’indexation');
INSERT INTO account VALUES('AT','658400','Lots');
INSERT INTO account VALUES('AT','658800','Opérations de constitution ou liquidation des fiducies');
INSERT INTO account VALUES('AT','661000','Charges d''intérêts');
INSERT INTO account VALUES('AT','661100','Intérêts des emprunts et dettes');
INSERT INTO account VALUES('AT','661200','Charges de la fiducie, résultat de la période');
INSERT INTO account VALUES('AT','661500','Intérêts des comptes courants et des dépôts créditeurs');
INSERT INTO account VALUES('AT','661600','Intérêts bancaires et sur opérations de financement (escompte…)');
INSERT INTO account VALUES('AT','661700','Intérêts des obligations cautionnées');
INSERT INTO account VALUES('AT','661800','Intérêts des autres dettes');
INSERT INTO account VALUES('AT','664000','Pertes sur créances liées à des participations');
INSERT INTO account VALUES('AT','665000','Escomptes accordés');
INSERT INTO account VALUES('AT','666000','Pertes de change financières');
INSERT INTO account VALUES('AT','667000','Charges sur cession d’éléments financiers');
INSERT INTO account VALUES('AT','667100','Valeurs comptables des immobilisations financières cédées');
INSERT INTO account VALUES('AT','667200','Charges nettes sur cessions de titres immobilisés de l’activité de portefeuille');
INSERT INTO account VALUES('AT','667300','Charges nettes sur cessions de valeurs mobilières de placement');
INSERT INTO account VALUES('AT','667400','Charges nettes sur cessions de jetons');
INSERT INTO account VALUES('AT','668000','Autres charges financières');
INSERT INTO account VALUES('AT','668300','Mali provenant du rachat par l’entité d’actions et obligations émises par elle-même');
INSERT INTO account VALUES('AT','671000','Charges exceptionnelles sur opérations de gestion');
INSERT INTO account VALUES('AT','671300','Dons, libéralités');
INSERT INTO account VALUES('AT','672000','Charges sur exercices antérieurs');
INSERT INTO account VALUES('AT','678000','Autres charges exceptionnelles');
INSERT INTO account VALUES('AT','681000','Dotations aux amortissements, aux dépréciations et aux provisions');
INSERT INTO account VALUES('AT','681100','Dotations aux amortissements sur immobilisations incorporelles et corporelles');
INSERT INTO account VALUES('AT','681500','Dotations aux provisions d''exploitation');
INSERT INTO account VALUES('AT','681600','Dotations pour dépréciations des immobilisations incorporelles et corporelles');
INSERT INTO account VALUES('AT','681640','Dot. pour dépréciation d’actifs reçus par legs ou donations');
INSERT INTO account VALUES('AT','681700','Dotations pour dépréciations des actifs circulants');
INSERT INTO account VALUES('AT','686000','Dotations aux amortissements, aux dépréciations et aux provisions');
INSERT INTO account VALUES('AT','686100','Dotations aux amortissements des primes de remboursement des emprunts');
INSERT INTO account VALUES('AT','686200','Dotations aux amortissements des frais d''émission des emprunts');
INSERT INTO account VALUES('AT','686500','Dotations aux provisions financières');
INSERT INTO account VALUES('AT','686600','Dotations pour dépréciation des éléments financiers');
INSERT INTO account VALUES('AT','687000','Dotations aux amortissements, aux dépréciations et aux provisions');
INSERT INTO account VALUES('AT','687100','Dotations aux amortissements exceptionnels des immobilisations');
INSERT INTO account VALUES('AT','687200','Dotations aux provisions réglementées (immobilisations)');
INSERT INTO account VALUES('AT','687300','Dotations aux provisions réglementées (stocks)');
INSERT INTO account VALUES('AT','687400','Dotations aux autres provisions réglementées');
INSERT INTO account VALUES('AT','687500','Dotations aux provisions exceptionnelles');
INSERT INTO account VALUES('AT','687600','Dotations pour dépréciations exceptionnelles');
INSERT INTO account VALUES('AT','689000','Reports en fonds dédiés');
INSERT INTO account VALUES('AT','689100','Reports en fonds reportés');
INSERT INTO account VALUES('AT','689400','Reports en fonds dédiés sur subventions d’exploitation');
INSERT INTO account VALUES('AT','689500','Reports en fonds dédiés sur contributions financières d''autres organismes');
INSERT INTO account VALUES('AT','689600','Reports en fonds dédiés sur ressources liées à la générosité du public');
INSERT INTO account VALUES('AT','691000','Participation des salariés aux résultats');
INSERT INTO account VALUES('AT','695000','Impôts sur les sociétés des personnes morales non lucratives');
INSERT INTO account VALUES('AT','695100','Impôts dus en France');
INSERT INTO account VALUES('AT','695200','Contribution additionnelle à l''impôt sur les bénéfices');
INSERT INTO account VALUES('AT','695400','Impôts dus à l''étranger');
INSERT INTO account VALUES('AT','696000','Suppléments d''impôt sur les sociétés liés aux distributions');
INSERT INTO account VALUES('AT','698000','Intégration fiscale');
INSERT INTO account VALUES('AT','698100','Intégration fiscale - Charges');
INSERT INTO account VALUES('AT','698900','Intégration fiscale - Produits');
INSERT INTO account VALUES('AT','699000','Produits - Reports en arrière des déficits');
INSERT INTO account VALUES('AT','701000','Ventes de produits finis');
INSERT INTO account VALUES('AT','702000','Ventes de produits intermédiaires');
INSERT INTO account VALUES('AT','703000','Ventes de produits résiduels');
INSERT INTO account VALUES('AT','704000','Travaux');
INSERT INTO account VALUES('AT','705000','Études');
INSERT INTO account VALUES('AT','706000','Prestations de services');
INSERT INTO account VALUES('AT','706010','Prestations - études de préfiguration');
INSERT INTO account VALUES('AT','706020','Prestations - recrutement de gérants');
INSERT INTO account VALUES('AT','706030','Prestations - accompagnement à l''ouverture');
INSERT INTO account VALUES('AT','706040','Prestations - accompagnement au fonctionnement');
INSERT INTO account VALUES('AT','706300','Parrainages');
INSERT INTO account VALUES('AT','707000','Ventes de marchandises');
INSERT INTO account VALUES('AT','707110','Ventes Guinguette - boissons alcoolisées (20 %)');
INSERT INTO account VALUES('AT','707120','Ventes Guinguette - boissons sans alcool et restauration sur place (10 %)');
INSERT INTO account VALUES('AT','707130','Ventes Guinguette - produits à emporter (5,5 %)');
INSERT INTO account VALUES('AT','707300','Ventes de dons en nature');
INSERT INTO account VALUES('AT','708000','Produits des activités annexes');
INSERT INTO account VALUES('AT','708100','Produits des services exploités dans l''intérêt du personnel');
INSERT INTO account VALUES('AT','708200','Commissions et courtages');
INSERT INTO account VALUES('AT','708300','Locations diverses');
INSERT INTO account VALUES('AT','708400','Mise à disposition de personnel facturée');
INSERT INTO account VALUES('AT','708500','Ports et frais accessoires facturés');
INSERT INTO account VALUES('AT','708600','Bonis sur reprises d''emballages consignés');
INSERT INTO account VALUES('AT','708700','Bonifications obtenues des clients et primes sur ventes');
INSERT INTO account VALUES('AT','708800','Autres produits d''activités annexes (cessions d''approvisionnements)');
INSERT INTO account VALUES('AT','709000','Rabais, remises et ristournes accordés');
INSERT INTO account VALUES('AT','709100','RRR accordés sur ventes de produits finis');
INSERT INTO account VALUES('AT','709200','RRR accordés sur ventes de produits intermédiaires');
INSERT INTO account VALUES('AT','709400','RRR accordés sur travaux');
INSERT INTO account VALUES('AT','709500','RRR accordés sur études');
INSERT INTO account VALUES('AT','709600','RRR accordés sur prestations de services');
INSERT INTO account VALUES('AT','709700','RRR accordés sur ventes de marchandises');
INSERT INTO account VALUES('AT','709800','RRR accordés sur produits des activités annexes');
INSERT INTO account VALUES('AT','713000','Variation des stocks des en-cours de production et de produits');
INSERT INTO account VALUES('AT','713300','Variation des en-cours de production de biens');
INSERT INTO account VALUES('AT','713400','Variation des en-cours de production de services');
INSERT INTO account VALUES('AT','713500','Variation des stocks de produits');
INSERT INTO account VALUES('AT','721000','Immobilisations incorporelles');
INSERT INTO account VALUES('AT','722000','Immobilisations corporelles');
INSERT INTO account VALUES('AT','730000','Concours publics');
INSERT INTO account VALUES('AT','741000','Subventions d’exploitation');
INSERT INTO account VALUES('AT','741100','Subventions d''exploitation - État et agences (ANCT, ANRT)');
INSERT INTO account VALUES('AT','741200','Subventions d''exploitation - Régions');
INSERT INTO account VALUES('AT','741300','Subventions d''exploitation - Départements');
INSERT INTO account VALUES('AT','741400','Subventions d''exploitation - Communes et intercommunalités');
INSERT INTO account VALUES('AT','741500','Subventions d''exploitation - ASP (apprentissage, emplois aidés)');
INSERT INTO account VALUES('AT','741800','Subventions d''exploitation - autres organismes publics');
INSERT INTO account VALUES('AT','742000','Subventions d’équilibre');
INSERT INTO account VALUES('AT','747000','Quote-part des subventions d’investissement virée au résultat de l’exercice');
INSERT INTO account VALUES('AT','751000','Redevances pour concessions, brevets, licences, marques, procédés, solutions informatiques, droits et valeurs similaires');
INSERT INTO account VALUES('AT','751100','Redevances pour concessions, brevets, licences, marques, procédés, solutions informatiques');
INSERT INTO account VALUES('AT','751600','Droits d''auteur et de reproduction');
INSERT INTO account VALUES('AT','751800','Autres droits et valeurs similaires');
INSERT INTO account VALUES('AT','752000','Revenus des immeubles non affectés à des activités professionnelles');
INSERT INTO account VALUES('AT','753000','Rémunérations de l’activité des administrateurs et des gérants');
INSERT INTO account VALUES('AT','753100','Versements des fondateurs');
INSERT INTO account VALUES('AT','753200','Quotes-parts de dotation consomptible virée a');
INSERT INTO account VALUES('AT','754000','Ressources liées à la générosité du public');
INSERT INTO account VALUES('AT','754100','Dons manuels');
INSERT INTO account VALUES('AT','754110','Dons manuels');
INSERT INTO account VALUES('AT','754120','Abandons de frais par les bénévoles');
INSERT INTO account VALUES('AT','754130','Abandons express de revenus ou de produits');
INSERT INTO account VALUES('AT','754200','Mécénat');
INSERT INTO account VALUES('AT','754300','Legs, donations et assurances-vie');
INSERT INTO account VALUES('AT','754310','Assurances-vie');
INSERT INTO account VALUES('AT','754320','Legs ou donations');
INSERT INTO account VALUES('AT','754330','Autres produits sur legs ou donations');
INSERT INTO account VALUES('AT','755000','Contributions financières');
INSERT INTO account VALUES('AT','755100','Contributions financières d’autres organismes');
INSERT INTO account VALUES('AT','755200','Quotes-parts de générosité reçues');
INSERT INTO account VALUES('AT','755500','Quote-part de bénéfice attribuée - comptabilité des associés non-gérants');
INSERT INTO account VALUES('AT','756000','Cotisations');
INSERT INTO account VALUES('AT','756100','Cotisations sans contrepartie');
INSERT INTO account VALUES('AT','756200','Cotisations avec contrepartie');
INSERT INTO account VALUES('AT','757000','Produits des cessions d’immobilisations incorporelles et corporelles');
INSERT INTO account VALUES('AT','757100','Immobilisations reçues en legs ou donations destinées à être cédées');
INSERT INTO account VALUES('AT','758000','Indemnités et autres produits');
INSERT INTO account VALUES('AT','758100','Dédits et pénalités perçus sur achats et ventes');
INSERT INTO account VALUES('AT','758200','Libéralités reçues');
INSERT INTO account VALUES('AT','758300','Rentrées sur créances amorties');
INSERT INTO account VALUES('AT','758400','Dégrèvements d’impôts autres qu’impôts sur les bénéfices');
INSERT INTO account VALUES('AT','758500','Bonis provenant de clauses d’indexation');
INSERT INTO account VALUES('AT','758600','Lots');
INSERT INTO account VALUES('AT','758700','Indemnités d’assurance');
INSERT INTO account VALUES('AT','758800','Opérations de constitution ou liquidation des fiducies');
INSERT INTO account VALUES('AT','761000','Produits de participations');
INSERT INTO account VALUES('AT','761100','Revenus des titres de participation');
INSERT INTO account VALUES('AT','761200','Produits de la fiducie, résultat de la période');
INSERT INTO account VALUES('AT','761600','Revenus sur autres formes de participation');
INSERT INTO account VALUES('AT','761700','Revenus des créances rattachées à des participations');
INSERT INTO account VALUES('AT','762000','Produits des autres immobilisations financières');
INSERT INTO account VALUES('AT','762100','Revenus des titres immobilisés');
INSERT INTO account VALUES('AT','762600','Revenus des prêts');
INSERT INTO account VALUES('AT','762700','Revenus des créances immobilisées');
INSERT INTO account VALUES('AT','763000','Revenus des autres créances');
INSERT INTO account VALUES('AT','763100','Revenus des créances commerciales');
INSERT INTO account VALUES('AT','763800','Revenus des créances diverses');
INSERT INTO account VALUES('AT','764000','Revenus des valeurs mobilières de placement');
INSERT INTO account VALUES('AT','765000','Escomptes obtenus');
INSERT INTO account VALUES('AT','766000','Gains de change financiers');
INSERT INTO account VALUES('AT','767000','Produits sur cession d’éléments financiers');
INSERT INTO account VALUES('AT','767100','Produits des cessions d’immobilisations financières');
INSERT INTO account VALUES('AT','767200','Produits nets sur cessions de titres immobilisés de l’activité de portefeuille');
INSERT INTO account VALUES('AT','767300','Produits nets sur cessions de valeurs mobilières de placement');
INSERT INTO account VALUES('AT','767400','Produits nets sur cessions de jetons');
INSERT INTO account VALUES('AT','768000','Autres produits financiers');
INSERT INTO account VALUES('AT','768300','Bonis provenant du rachat par l’entreprise d’actions et d’obligations émises par elle-même');
INSERT INTO account VALUES('AT','771300','Libéralités perçues');
INSERT INTO account VALUES('AT','771500','Subventions d''équilibre');
INSERT INTO account VALUES('AT','771800','Autres produits exceptionnel sur opération de gestion');
INSERT INTO account VALUES('AT','772000','Produits sur exercices antérieurs');
INSERT INTO account VALUES('AT','778000','Autres produits exceptionnels');
INSERT INTO account VALUES('AT','781000','Reprises sur amortissements, dépréciations et provisions');
INSERT INTO account VALUES('AT','781100','Reprises sur amortissements des immobilisations incorporelles et corporelles');
INSERT INTO account VALUES('AT','781500','Reprises sur provisions d''exploitation');
INSERT INTO account VALUES('AT','781600','Reprises sur dépréciations des immobilisations incorporelles et corporelles');
INSERT INTO account VALUES('AT','781640','Reprises de dépréciations d’actifs reçus par legs ou donations destinés à être cédés');
INSERT INTO account VALUES('AT','781700','Reprises sur dépréciations des actifs circulants');
INSERT INTO account VALUES('AT','786000','Reprises sur dépréciations et provisions');
INSERT INTO account VALUES('AT','786500','Reprises sur provisions financières');
INSERT INTO account VALUES('AT','786600','Reprises sur dépréciations des éléments financiers');
INSERT INTO account VALUES('AT','787000','Reprises sur dépréciations et provisions');
INSERT INTO account VALUES('AT','787200','Reprises sur provisions réglementées (immobilisations)');
INSERT INTO account VALUES('AT','787300','Reprises sur provisions réglementées (stocks)');
INSERT INTO account VALUES('AT','787400','Reprises sur autres provisions réglementées');
INSERT INTO account VALUES('AT','787500','Reprises sur provisions exceptionnelles');
INSERT INTO account VALUES('AT','787600','Reprises sur dépréciations exceptionnelles');
INSERT INTO account VALUES('AT','789000','Utilisations fonds reportés et des fonds dédiés');
INSERT INTO account VALUES('AT','789100','Utilisations des fonds reportés');
INSERT INTO account VALUES('AT','789400','Utilisations des fonds dédiés sur subventions');
INSERT INTO account VALUES('AT','789500','Utilisations des fonds dédiés sur contributions financières d’autres organismes');
INSERT INTO account VALUES('AT','789600','Utilisations des fonds dédiés sur ressources liées à la générosité du public');
INSERT INTO account VALUES('AT','860000','Secours en nature');
INSERT INTO account VALUES('AT','860100','Alimentaires');
INSERT INTO account VALUES('AT','860200','Vestimentaires');
INSERT INTO account VALUES('AT','861000','Mise à dispositions gratuites de biens');
INSERT INTO account VALUES('AT','861100','Locaux');
INSERT INTO account VALUES('AT','861200','Matériels');
INSERT INTO account VALUES('AT','862000','Prestations');
INSERT INTO account VALUES('AT','864000','Personnel bénévole');
INSERT INTO account VALUES('AT','870000','Dons en nature');
INSERT INTO account VALUES('AT','871000','Prestations en nature');
INSERT INTO account VALUES('AT','875000','Bénévolat');
INSERT INTO account VALUES('RES','101000','Capital');
INSERT INTO account VALUES('RES','101100','Capital souscrit - non appelé');
INSERT INTO account VALUES('RES','101200','Capital souscrit - appelé, non versé');
INSERT INTO account VALUES('RES','101300','Capital souscrit - appelé, versé');
INSERT INTO account VALUES('RES','101800','Capital souscrit soumis à des réglementations particulières');
INSERT INTO account VALUES('RES','102000','Fonds propres sans droit de reprise');
INSERT INTO account VALUES('RES','102100','Première situation nette établie');
INSERT INTO account VALUES('RES','102200','Fonds statutaires');
INSERT INTO account VALUES('RES','102300','Dotations non consomptibles');
INSERT INTO account VALUES('RES','102310','Dotations non consomptibles initiales');
INSERT INTO account VALUES('RES','102320','Dotations non consomptibles complémentaires');
INSERT INTO account VALUES('RES','102400','Autres fonds propres sans droit de reprise');
INSERT INTO account VALUES('RES','103000','Fonds propres avec droit de reprise');
INSERT INTO account VALUES('RES','103200','Fonds statutaires');
INSERT INTO account VALUES('RES','103400','Autres fonds propres avec droit de reprise');
INSERT INTO account VALUES('RES','104000','Primes liées au capital');
INSERT INTO account VALUES('RES','104100','Primes d''émission');
INSERT INTO account VALUES('RES','104200','Primes de fusion');
INSERT INTO account VALUES('RES','104300','Primes d''apport');
INSERT INTO account VALUES('RES','104400','Primes de conversion d''obligations en actions');
INSERT INTO account VALUES('RES','104500','Bons de souscription d''actions');
INSERT INTO account VALUES('RES','105000','Écarts de réévaluation');
INSERT INTO account VALUES('RES','105100','Écarts de réévaluation sur biens sans droit de reprise');
INSERT INTO account VALUES('RES','105200','Écarts de réévaluation sur biens avec droit de reprise');
INSERT INTO account VALUES('RES','106000','Réserves');
INSERT INTO account VALUES('RES','106100','Réserve légale');
INSERT INTO account VALUES('RES','106200','Réserves indisponibles');
INSERT INTO account VALUES('RES','106300','Réserves statutaires');
INSERT INTO account VALUES('RES','106400','Réserves réglementées');
INSERT INTO account VALUES('RES','106800','Réserves pour projet de l’entité');
INSERT INTO account VALUES('RES','107000','Écart d''équivalence');
INSERT INTO account VALUES('RES','108000','Dotations consomptibles');
INSERT INTO account VALUES('RES','108100','Dotations consomptibles');
INSERT INTO account VALUES('RES','108900','Dotations consomptibles inscrites au compte de résultat');
INSERT INTO account VALUES('RES','109000','Actionnaires : capital souscrit - non appelé');
INSERT INTO account VALUES('RES','110000','Report à nouveau - solde créditeur');
INSERT INTO account VALUES('RES','119000','Report à nouveau - solde débiteur');
INSERT INTO account VALUES('RES','120000','Résultat de l''exercice – excédent');
INSERT INTO account VALUES('RES','120900','Acomptes sur dividendes');
INSERT INTO account VALUES('RES','129000','Résultat de l''exercice – déficit');
INSERT INTO account VALUES('RES','131000','Subventions d''équipement');
INSERT INTO account VALUES('RES','139000','Subventions inscrites au compte de résultat');
INSERT INTO account VALUES('RES','143000','Provisions réglementées pour hausse de prix');
INSERT INTO account VALUES('RES','145000','Amortissements dérogatoires');
INSERT INTO account VALUES('RES','148000','Autres provisions réglementées');
INSERT INTO account VALUES('RES','151000','Provisions pour risques');
INSERT INTO account VALUES('RES','151100','Provisions pour litiges');
INSERT INTO account VALUES('RES','151200','Provisions pour garanties données aux clients');
INSERT INTO account VALUES('RES','151400','Provisions pour amendes et pénalités');
INSERT INTO account VALUES('RES','151500','Provisions pour pertes de change');
INSERT INTO account VALUES('RES','151600','Provisions pour pertes sur contrats');
INSERT INTO account VALUES('RES','151800','Autres provisions pour risques');
INSERT INTO account VALUES('RES','152000','Provisions pour charges sur legs ou donations');
INSERT INTO account VALUES('RES','152100','Provisions pour pensions et obligations similaires');
INSERT INTO account VALUES('RES','152200','Provisions pour restructurations');
INSERT INTO account VALUES('RES','152300','Provisions pour impôts');
INSERT INTO account VALUES('RES','152400','Provisions pour renouvellement des immobilisations - entreprises concessionnaires');
INSERT INTO account VALUES('RES','152500','Provisions pour gros entretien ou grandes révisions');
INSERT INTO account VALUES('RES','152600','Provisions pour remise en état');
INSERT INTO account VALUES('RES','152700','Autres provisions pour charges');
INSERT INTO account VALUES('RES','153000','Provisions pour pensions et obligations similaires');
INSERT INTO account VALUES('RES','155000','Provisions pour impôts');
INSERT INTO account VALUES('RES','157000','Provisions pour charges à répartir sur plusieurs exercices');
INSERT INTO account VALUES('RES','158000','Autres provisions pour charges');
INSERT INTO account VALUES('RES','161000','Emprunts obligataires convertibles');
INSERT INTO account VALUES('RES','161800','Intérêts courus sur emprunts obligataires convertibles');
INSERT INTO account VALUES('RES','162000','Obligations représentatives de passifs nets remis en fiducie');
INSERT INTO account VALUES('RES','163000','Autres emprunts obligataires');
INSERT INTO account VALUES('RES','163100','Titres associatifs et assimilés');
INSERT INTO account VALUES('RES','163800','Intérêts courus sur autres emprunts obligataires');
INSERT INTO account VALUES('RES','164000','Emprunts auprès des établissements de crédit');
INSERT INTO account VALUES('RES','164800','Intérêts courus sur emprunts auprès des établissements de crédit');
INSERT INTO account VALUES('RES','165000','Dépôts et cautionnements reçus');
INSERT INTO account VALUES('RES','165100','Dépôts');
INSERT INTO account VALUES('RES','165500','Cautionnements');
INSERT INTO account VALUES('RES','165800','Intérêts courus sur dépôts et cautionnements reçus');
INSERT INTO account VALUES('RES','166000','Participation des salariés aux résultats');
INSERT INTO account VALUES('RES','166100','Comptes bloqués');
INSERT INTO account VALUES('RES','166200','Fonds de participation');
INSERT INTO account VALUES('RES','166800','Intérêts courus sur participation des salariés aux résultats');
INSERT INTO account VALUES('RES','167000','Emprunts et dettes assortis de conditions particulières');
INSERT INTO account VALUES('RES','167100','Émissions de titres participatifs');
INSERT INTO account VALUES('RES','167400','Avances conditionnées de l''État');
INSERT INTO account VALUES('RES','167500','Emprunts participatifs');
INSERT INTO account VALUES('RES','168000','Autres emprunts et dettes assimilées');
INSERT INTO account VALUES('RES','168100','Autres emprunts');
INSERT INTO account VALUES('RES','168500','Rentes viagères capitalisées');
INSERT INTO account VALUES('RES','168700','Autres dettes');
INSERT INTO account VALUES('RES','168800','Intérêts courus sur autres emprunts et dettes assimilées');
INSERT INTO account VALUES('RES','169000','Primes de remboursement des emprunts');
INSERT INTO account VALUES('RES','171000','Dettes rattachées à des participations - groupe');
INSERT INTO account VALUES('RES','174000','Dettes rattachées à des participations - hors groupe');
INSERT INTO account VALUES('RES','178000','Dettes rattachées à des sociétés en participation');
INSERT INTO account VALUES('RES','181000','Apports permanents entre siège social et établissements');
INSERT INTO account VALUES('RES','185000','Biens et prestations de services échangés entre établissements et siège social');
INSERT INTO account VALUES('RES','186000','Biens et prestations de services échangés entre établissements - charges');
INSERT INTO account VALUES('RES','187000','Biens et prestations de services échangés entre établissements - produits');
INSERT INTO account VALUES('RES','188000','Comptes de liaison des sociétés en participation');
INSERT INTO account VALUES('RES','191000','Fonds reportés liés aux legs ou donations');
INSERT INTO account VALUES('RES','191100','Legs ou donations');
INSERT INTO account VALUES('RES','191200','Donations temporaires d’usufruit');
INSERT INTO account VALUES('RES','194000','Fonds dédiés sur subventions fonctionnement');
INSERT INTO account VALUES('RES','195000','Fonds dédiés sur contributions financières d’autres organismes');
INSERT INTO account VALUES('RES','196000','Fonds dédiés sur ressources liées à la générosité du public');
INSERT INTO account VALUES('RES','201000','Frais d''établissement');
INSERT INTO account VALUES('RES','201100','Frais de constitution');
INSERT INTO account VALUES('RES','201200','Frais de premier établissement');
INSERT INTO account VALUES('RES','201300','Frais d''augmentation de capital et d''opérations diverses - fusions, scissions, transformations');
INSERT INTO account VALUES('RES','203000','Frais de recherche et développement');
INSERT INTO account VALUES('RES','204000','Donations temporaires d’usufruit');
INSERT INTO account VALUES('RES','205000','Concessions et droits similaires, brevets, licences, marques, procédés, solutions informatiques, droits et valeurs similaires');
INSERT INTO account VALUES('RES','206000','Droit au bail');
INSERT INTO account VALUES('RES','207000','Fonds commercial');
INSERT INTO account VALUES('RES','208000','Autres immobilisations incorporelles');
INSERT INTO account VALUES('RES','208100','Mali de fusion sur actifs incorporels');
INSERT INTO account VALUES('RES','211000','Terrains');
INSERT INTO account VALUES('RES','211100','Terrains nus');
INSERT INTO account VALUES('RES','211200','Terrains aménagés');
INSERT INTO account VALUES('RES','211300','Sous-sols et sur-sols');
INSERT INTO account VALUES('RES','211400','Terrains de carrières (Tréfonds)');
INSERT INTO account VALUES('RES','211500','Terrains bâtis');
INSERT INTO account VALUES('RES','212000','Agencements et aménagements de terrains');
INSERT INTO account VALUES('RES','212100','Terrains nus');
INSERT INTO account VALUES('RES','212200','Terrains aménagés');
INSERT INTO account VALUES('RES','212300','Sous-sols et sur-sols');
INSERT INTO account VALUES('RES','212400','Terrains de carrières (Tréfonds)');
INSERT INTO account VALUES('RES','212500','Terrains bâtis');
INSERT INTO account VALUES('RES','213000','Constructions');
INSERT INTO account VALUES('RES','213100','Bâtiments');
INSERT INTO account VALUES('RES','213500','Installations générales - agencements - aménagements des constructions');
INSERT INTO account VALUES('RES','213800','Ouvrages d''infrastructure');
INSERT INTO account VALUES('RES','214000','Constructions sur sol d''autrui');
INSERT INTO account VALUES('RES','214100','Bâtiments');
INSERT INTO account VALUES('RES','214500','Installations générales - agencements - aménagements des constructions');
INSERT INTO account VALUES('RES','214800','Ouvrages d''infrastructure');
INSERT INTO account VALUES('RES','215000','Installations techniques, matériels et outillages industriels');
INSERT INTO account VALUES('RES','215100','Installations complexes spécialisées');
INSERT INTO account VALUES('RES','215300','Installations à caractère spécifique');
INSERT INTO account VALUES('RES','215400','Matériels industriels');
INSERT INTO account VALUES('RES','215500','Outillages industriels');
INSERT INTO account VALUES('RES','215700','Agencements et aménagements des matériels et outillages industriels');
INSERT INTO account VALUES('RES','218000','Autres immobilisations corporelles');
INSERT INTO account VALUES('RES','218100','Installations générales, agencements, aménagements divers');
INSERT INTO account VALUES('RES','218200','Matériel de transport');
INSERT INTO account VALUES('RES','218300','Matériel de bureau et matériel informatique');
INSERT INTO account VALUES('RES','218400','Mobilier');
INSERT INTO account VALUES('RES','218500','Cheptel');
INSERT INTO account VALUES('RES','218600','Emballages récupérables');
INSERT INTO account VALUES('RES','218700','Mali de fusion sur actifs corporels');
INSERT INTO account VALUES('RES','229000','Droits du concédant');
INSERT INTO account VALUES('RES','231000','Immobilisations corporelles en cours');
INSERT INTO account VALUES('RES','232000','Immobilisations incorporelles en cours');
INSERT INTO account VALUES('RES','237000','Avances et acomptes versés sur immobilisations incorporelles');
INSERT INTO account VALUES('RES','238000','Avances et acomptes versés sur immobilisations corporelles');
INSERT INTO account VALUES('RES','240000','Biens reçus par legs ou donations à céder');
INSERT INTO account VALUES('RES','261000','Titres de participation');
INSERT INTO account VALUES('RES','261100','Actions');
INSERT INTO account VALUES('RES','261800','Autres titres');
INSERT INTO account VALUES('RES','262000','Titres évalués par équivalence');
INSERT INTO account VALUES('RES','266000','Autres formes de participation');
INSERT INTO account VALUES('RES','266100','Droits représentatifs d''actifs nets remis en fiducie');
INSERT INTO account VALUES('RES','267000','Créances rattachées à des participations');
INSERT INTO account VALUES('RES','267100','Créances rattachées à des participations - groupe');
INSERT INTO account VALUES('RES','267400','Créances rattachées à des participations - hors groupe');
INSERT INTO account VALUES('RES','267500','Versements représentatifs d''apports non capitalisés - appel de fonds');
INSERT INTO account VALUES('RES','267600','Avances consolidables');
INSERT INTO account VALUES('RES','267700','Autres créances rattachées à des participations');
INSERT INTO account VALUES('RES','267800','Intérêts courus');
INSERT INTO account VALUES('RES','268000','Créances rattachées à des sociétés en participation');
INSERT INTO account VALUES('RES','268100','Principal');
INSERT INTO account VALUES('RES','268800','Intérêts courus');
INSERT INTO account VALUES('RES','269000','Versements restant à effectuer sur titres de participation non libérés');
INSERT INTO account VALUES('RES','271000','Titres immobilisés autres que les titres immobilisés de l''activité de portefeuille (droit de propriété)');
INSERT INTO account VALUES('RES','271100','Actions');
INSERT INTO account VALUES('RES','271800','Autres titres');
INSERT INTO account VALUES('RES','272000','Titres immobilisés (droit de créance)');
INSERT INTO account VALUES('RES','272100','Obligations');
INSERT INTO account VALUES('RES','272200','Bons');
INSERT INTO account VALUES('RES','273000','Titres immobilisés de l''activité de portefeuille');
INSERT INTO account VALUES('RES','274000','Prêts');
INSERT INTO account VALUES('RES','274100','Prêts participatifs');
INSERT INTO account VALUES('RES','274200','Prêts aux partenaires');
INSERT INTO account VALUES('RES','274300','Prêts au personnel');
INSERT INTO account VALUES('RES','274800','Autres prêts');
INSERT INTO account VALUES('RES','275000','Dépôts et cautionnements versés');
INSERT INTO account VALUES('RES','275100','Dépôts');
INSERT INTO account VALUES('RES','275500','Cautionnements');
INSERT INTO account VALUES('RES','276000','Autres créances immobilisées');
INSERT INTO account VALUES('RES','276100','Créances diverses');
INSERT INTO account VALUES('RES','276800','Intérêts courus');
INSERT INTO account VALUES('RES','277000','Actions propres ou parts propres');
INSERT INTO account VALUES('RES','277100','Actions propres ou parts propres');
INSERT INTO account VALUES('RES','277200','Actions propres ou parts propres en voie d’annulation');
INSERT INTO account VALUES('RES','278000','Mali de fusion sur actifs financiers');
INSERT INTO account VALUES('RES','279000','Versements restant à effectuer sur titres immobilisés non libérés');
INSERT INTO account VALUES('RES','280000','Amortissements des immobilisations incorporelles et des frais d’établissement');
INSERT INTO account VALUES('RES','280100','Frais d''établissement');
INSERT INTO account VALUES('RES','280300','Frais de développement');
INSERT INTO account VALUES('RES','280500','Concessions et droits similaires, brevets, licences, solutions informatiques, droits et valeurs similaires');
INSERT INTO account VALUES('RES','280600','Droit au bail');
INSERT INTO account VALUES('RES','280700','Fonds commercial');
INSERT INTO account VALUES('RES','280800','Autres immobilisations incorporelles');
INSERT INTO account VALUES('RES','281000','Amortissements des immobilisations corporelles');
INSERT INTO account VALUES('RES','281200','Agencements, aménagements de terrains');
INSERT INTO account VALUES('RES','281300','Constructions');
INSERT INTO account VALUES('RES','281400','Constructions sur sol d''autrui');
INSERT INTO account VALUES('RES','281500','Installations, matériel et outillage industriels');
INSERT INTO account VALUES('RES','281800','Autres immobilisations corporelles');
INSERT INTO account VALUES('RES','282000','Amortissements des immobilisations mises en concession');
INSERT INTO account VALUES('RES','290000','Dépréciations des immobilisations incorporelles');
INSERT INTO account VALUES('RES','290100','Frais d’établissement');
INSERT INTO account VALUES('RES','290300','Frais de développement');
INSERT INTO account VALUES('RES','290500','Marques, procédés, droits et valeurs similaires');
INSERT INTO account VALUES('RES','290600','Droit au bail');
INSERT INTO account VALUES('RES','290700','Fonds commercial');
INSERT INTO account VALUES('RES','290800','Autres immobilisations incorporelles');
INSERT INTO account VALUES('RES','291000','Dépréciations des immobilisations corporelles');
INSERT INTO account VALUES('RES','291100','Terrains');
INSERT INTO account VALUES('RES','291200','Agencements et aménagements de terrains');
INSERT INTO account VALUES('RES','291300','Constructions');
INSERT INTO account VALUES('RES','291400','Constructions sur sol d''autrui');
INSERT INTO account VALUES('RES','291500','Installations techniques, matériels et outillages industriels');
INSERT INTO account VALUES('RES','291800','Autres immobilisations corporelles');
INSERT INTO account VALUES('RES','292000','Dépréciations des immobilisations mises en concession');
INSERT INTO account VALUES('RES','293000','Dépréciations des immobilisations en cours');
INSERT INTO account VALUES('RES','293100','Immobilisations corporelles en cours');
INSERT INTO account VALUES('RES','293200','Immobilisations incorporelles en cours');
INSERT INTO account VALUES('RES','294000','Dépréciations des biens reçus par legs ou donations destinés à être cédés');
INSERT INTO account VALUES('RES','296000','Dépréciations des participations et créances rattachées à des participations');
INSERT INTO account VALUES('RES','296100','Titres de participation');
INSERT INTO account VALUES('RES','296200','Titres évalués par équivalence');
INSERT INTO account VALUES('RES','296600','Autres formes de participation');
INSERT INTO account VALUES('RES','296700','Créances rattachées à des participations');
INSERT INTO account VALUES('RES','296800','Créances rattachées à des sociétés en participation');
INSERT INTO account VALUES('RES','297000','Dépréciations des autres immobilisations financières');
INSERT INTO account VALUES('RES','297100','Titres immobilisés autres que les titres immobilisés de l''activité de portefeuille (droit de propriété)');
INSERT INTO account VALUES('RES','297200','Titres immobilisés (droit de créance)');
INSERT INTO account VALUES('RES','297300','Titres immobilisés de l''activité de portefeuille');
INSERT INTO account VALUES('RES','297400','Prêts');
INSERT INTO account VALUES('RES','297500','Dépôts et cautionnements versés');
INSERT INTO account VALUES('RES','297600','Autres créances immobilisées');
INSERT INTO account VALUES('RES','321000','Matières consommables');
INSERT INTO account VALUES('RES','322000','Fournitures consommables');
INSERT INTO account VALUES('RES','322100','Combustibles');
INSERT INTO account VALUES('RES','322200','Produits d''entretien');
INSERT INTO account VALUES('RES','322300','Fournitures d''atelier et d''usine');
INSERT INTO account VALUES('RES','322400','Fournitures de magasin');
INSERT INTO account VALUES('RES','322500','Fournitures de bureau');
INSERT INTO account VALUES('RES','326000','Emballages');
INSERT INTO account VALUES('RES','326100','Emballages perdus');
INSERT INTO account VALUES('RES','326500','Emballages récupérables non identifiables');
INSERT INTO account VALUES('RES','326700','Emballages à usage mixte');
INSERT INTO account VALUES('RES','331000','Produits en cours');
INSERT INTO account VALUES('RES','335000','Travaux en cours');
INSERT INTO account VALUES('RES','341000','Études en cours');
INSERT INTO account VALUES('RES','345000','Prestations de services en cours');
INSERT INTO account VALUES('RES','351000','Produits intermédiaires');
INSERT INTO account VALUES('RES','355000','Produits finis');
INSERT INTO account VALUES('RES','358000','Produits résiduels ou matières de récupération');
INSERT INTO account VALUES('RES','358100','Déchets');
INSERT INTO account VALUES('RES','358500','Rebuts');
INSERT INTO account VALUES('RES','358600','Matières de récupération');
INSERT INTO account VALUES('RES','391000','Dépréciations des matières premières et fournitures');
INSERT INTO account VALUES('RES','392000','Dépréciations des autres approvisionnements');
INSERT INTO account VALUES('RES','393000','Dépréciations des en-cours de production de biens');
INSERT INTO account VALUES('RES','394000','Dépréciations des en-cours de production de services');
INSERT INTO account VALUES('RES','395000','Dépréciations des stocks de produits');
INSERT INTO account VALUES('RES','397000','Dépréciations des stocks de marchandises');
INSERT INTO account VALUES('RES','401000','Fournisseurs');
INSERT INTO account VALUES('RES','401100','Fournisseurs - Achats de biens et prestations de services');
INSERT INTO account VALUES('RES','401700','Fournisseurs - Retenues de garantie');
INSERT INTO account VALUES('RES','403000','Fournisseurs - Effets à payer');
INSERT INTO account VALUES('RES','404000','Fournisseurs d''immobilisations');
INSERT INTO account VALUES('RES','404100','Fournisseurs - Achats d''immobilisations');
INSERT INTO account VALUES('RES','404700','Fournisseurs d''immobilisations - Retenues de garantie');
INSERT INTO account VALUES('RES','405000','Fournisseurs d''immobilisations - Effets à payer');
INSERT INTO account VALUES('RES','408000','Fournisseurs - Factures non parvenues');
INSERT INTO account VALUES('RES','408100','Fournisseurs');
INSERT INTO account VALUES('RES','408400','Fournisseurs d''immobilisations');
INSERT INTO account VALUES('RES','408800','Fournisseurs - Intérêts courus');
INSERT INTO account VALUES('RES','409000','Fournisseurs débiteurs');
INSERT INTO account VALUES('RES','409100','Fournisseurs - Avances et acomptes versés sur commandes');
INSERT INTO account VALUES('RES','409600','Fournisseurs - Créances pour emballages et matériel à rendre');
INSERT INTO account VALUES('RES','409700','Fournisseurs - Autres avoirs');
INSERT INTO account VALUES('RES','409800','RRR à obtenir et autres avoirs non encore reçus');
INSERT INTO account VALUES('RES','411000','Usagers');
INSERT INTO account VALUES('RES','411100','Clients - Ventes de biens ou de prestations de services');
INSERT INTO account VALUES('RES','411700','Clients - Retenues de garantie');
INSERT INTO account VALUES('RES','413000','Usagers - Effets à recevoir');
INSERT INTO account VALUES('RES','416000','Usagers douteux ou litigieux');
INSERT INTO account VALUES('RES','418000','Usagers non encore facturés');
INSERT INTO account VALUES('RES','418100','Clients - Factures à établir');
INSERT INTO account VALUES('RES','418800','Clients - Intérêts courus');
INSERT INTO account VALUES('RES','419000','Clients créditeurs');
INSERT INTO account VALUES('RES','419100','Usagers créditeurs : Avances et acomptes');
INSERT INTO account VALUES('RES','419600','Clients - Dettes sur emballages et matériels consignés');
INSERT INTO account VALUES('RES','419700','Clients - Autres avoirs');
INSERT INTO account VALUES('RES','419800','RRR à accorder et autres avoirs à établir');
INSERT INTO account VALUES('RES','421000','Personnel - Rémunérations dues');
INSERT INTO account VALUES('RES','422000','Comité social et économique');
INSERT INTO account VALUES('RES','424000','Participation des salariés aux résultats');
INSERT INTO account VALUES('RES','424600','Réserve spéciale');
INSERT INTO account VALUES('RES','424800','Comptes courants');
INSERT INTO account VALUES('RES','425000','Personnel - Avances et acomptes et autres comptes débiteurs');
INSERT INTO account VALUES('RES','426000','Personnel - Dépôts');
INSERT INTO account VALUES('RES','427000','Personnel - Oppositions');
INSERT INTO account VALUES('RES','428000','Personnel - Charges à payer');
INSERT INTO account VALUES('RES','428200','Dettes provisionnées pour congés à payer');
INSERT INTO account VALUES('RES','428400','Dettes provisionnées pour participation des salariés aux résultats');
INSERT INTO account VALUES('RES','428600','Autres charges à payer');
INSERT INTO account VALUES('RES','431000','Sécurité sociale');
INSERT INTO account VALUES('RES','437000','Autres organismes sociaux');
INSERT INTO account VALUES('RES','437200','Mutuelles');
INSERT INTO account VALUES('RES','437300','Caisses de retraites et de prévoyance');
INSERT INTO account VALUES('RES','437800','Autres organismes sociaux');
INSERT INTO account VALUES('RES','438000','Organismes sociaux - Charges à payer');
INSERT INTO account VALUES('RES','438200','Charges sociales sur congés à payer');
INSERT INTO account VALUES('RES','438600','Autres charges à payer');
INSERT INTO account VALUES('RES','438700','Produits à recevoir');
INSERT INTO account VALUES('RES','439000','Organismes sociaux - Produits à recevoir');
INSERT INTO account VALUES('RES','441000','État - Subventions et aides à recevoir');
INSERT INTO account VALUES('RES','442000','Contributions, impôts et taxes recouvrés pour le compte de l''État');
INSERT INTO account VALUES('RES','442100','Prélèvements à la source (Impôt sur le revenu)');
INSERT INTO account VALUES('RES','442200','Prélèvements forfaitaires non libératoires');
INSERT INTO account VALUES('RES','442300','Retenues et prélèvements sur les distributions');
INSERT INTO account VALUES('RES','444000','État - Impôts sur les bénéfices');
INSERT INTO account VALUES('RES','445000','État - Taxes sur le chiffre d''affaires');
INSERT INTO account VALUES('RES','445200','TVA due intracommunautaire');
INSERT INTO account VALUES('RES','445500','Taxes sur le chiffre d''affaires à décaisser');
INSERT INTO account VALUES('RES','445510','TVA à décaisser');
INSERT INTO account VALUES('RES','445580','Taxes assimilées à la TVA');
INSERT INTO account VALUES('RES','445600','Taxes sur le chiffre d''affaires déductibles');
INSERT INTO account VALUES('RES','445620','TVA sur immobilisations');
INSERT INTO account VALUES('RES','445660','TVA sur autres biens et services');
INSERT INTO account VALUES('RES','445661','TVA déductible sur autres biens et services 20 %');
INSERT INTO account VALUES('RES','445662','TVA déductible sur autres biens et services 10 %');
INSERT INTO account VALUES('RES','445663','TVA déductible sur autres biens et services 5,5 %');
INSERT INTO account VALUES('RES','445670','Crédit de TVA à reporter');
INSERT INTO account VALUES('RES','445700','Taxes sur le chiffre d''affaires collectées');
INSERT INTO account VALUES('RES','445710','TVA collectée');
INSERT INTO account VALUES('RES','445711','TVA collectée 20 %');
INSERT INTO account VALUES('RES','445712','TVA collectée 10 %');
INSERT INTO account VALUES('RES','445713','TVA collectée 5,5 %');
INSERT INTO account VALUES('RES','445780','Taxes assimilées à la TVA');
INSERT INTO account VALUES('RES','445800','Taxes sur le chiffre d''affaires à régulariser ou en attente');
INSERT INTO account VALUES('RES','445810','Acomptes - Régime simplifié d''imposition');
INSERT INTO account VALUES('RES','445830','Remboursement de taxes sur le chiffre d''affaires demandé');
INSERT INTO account VALUES('RES','445840','TVA récupérée d’avance');
INSERT INTO account VALUES('RES','445860','Taxes sur le chiffre d’affaires sur factures non parvenues');
INSERT INTO account VALUES('RES','445870','Taxes sur le chiffre d’affaires sur factures à établir');
INSERT INTO account VALUES('RES','446000','Obligations cautionnées');
INSERT INTO account VALUES('RES','447000','Autres impôts, taxes et versements assimilés');
INSERT INTO account VALUES('RES','448000','État - Charges à payer et produits à recevoir');
INSERT INTO account VALUES('RES','448100','État - Charges à Payer');
INSERT INTO account VALUES('RES','448200','État - Produits à recevoir');
INSERT INTO account VALUES('RES','449000','Quotas d’émission à acquérir');
INSERT INTO account VALUES('RES','451000','Confédération, fédération et associations affiliées');
INSERT INTO account VALUES('RES','455000','Partenaires - comptes courants');
INSERT INTO account VALUES('RES','455100','Principal');
INSERT INTO account VALUES('RES','455800','Intérêts courus');
INSERT INTO account VALUES('RES','456000','Associés - Opérations sur le capital');
INSERT INTO account VALUES('RES','456100','Associés - Comptes d''apport en société');
INSERT INTO account VALUES('RES','456200','Apporteurs - Capital appelé, non versé');
INSERT INTO account VALUES('RES','456300','Associés - Versements reçus sur augmentation de capital');
INSERT INTO account VALUES('RES','456400','Associés - Versements anticipés');
INSERT INTO account VALUES('RES','456600','Actionnaires défaillants');
INSERT INTO account VALUES('RES','456700','Associés - Capital à rembourser');
INSERT INTO account VALUES('RES','457000','Associés - Dividendes à payer');
INSERT INTO account VALUES('RES','458000','Associés - Opérations faites en commun et en GIE');
INSERT INTO account VALUES('RES','458100','Opérations courantes');
INSERT INTO account VALUES('RES','458800','Intérêts courus');
INSERT INTO account VALUES('RES','461000','Dettes des legs ou donations');
INSERT INTO account VALUES('RES','462000','Créances sur cessions d''immobilisations');
INSERT INTO account VALUES('RES','464000','Dettes sur acquisitions de valeurs mobilières de placement');
INSERT INTO account VALUES('RES','465000','Créances sur cessions de valeurs mobilières de placement');
INSERT INTO account VALUES('RES','466000','Créances reçues par legs ou donations');
INSERT INTO account VALUES('RES','467000','Divers comptes débiteurs et produits à recevoir');
INSERT INTO account VALUES('RES','467100','Débiteurs divers');
INSERT INTO account VALUES('RES','467200','Créditeurs divers');
INSERT INTO account VALUES('RES','468000','Divers comptes créditeurs et charges à payer');
INSERT INTO account VALUES('RES','468100','Frais des bénévoles');
INSERT INTO account VALUES('RES','468600','Divers - Charges à payer');
INSERT INTO account VALUES('RES','468700','Divers - Produits à recevoir');
INSERT INTO account VALUES('RES','471000','Comptes d''attente');
INSERT INTO account VALUES('RES','472000','Comptes de transit');
INSERT INTO account VALUES('RES','474000','Différences d’évaluation – Actif');
INSERT INTO account VALUES('RES','474100','Différences d''évaluation sur instruments financiers à terme - Actif');
INSERT INTO account VALUES('RES','474200','Différences d''évaluation sur jetons détenus - Actif');
INSERT INTO account VALUES('RES','474600','Différences d’évaluation de jetons sur des passifs - Actif');
INSERT INTO account VALUES('RES','475000','Différences d’évaluation – Passif');
INSERT INTO account VALUES('RES','475100','Différences d''évaluation sur instruments financiers à terme - Passif');
INSERT INTO account VALUES('RES','475200','Différences d''évaluation sur jetons détenus - Passif');
INSERT INTO account VALUES('RES','475600','Différences d’évaluation de jetons sur des passifs - Passif');
INSERT INTO account VALUES('RES','476000','Différence de conversion - Actif');
INSERT INTO account VALUES('RES','476100','Diminution des créances');
INSERT INTO account VALUES('RES','476200','Augmentation des dettes');
INSERT INTO account VALUES('RES','476800','Différences compensées par couverture de change');
INSERT INTO account VALUES('RES','477000','Différences de conversion - Passif');
INSERT INTO account VALUES('RES','477100','Augmentation des créances');
INSERT INTO account VALUES('RES','477200','Diminution des dettes');
INSERT INTO account VALUES('RES','477800','Différences compensées par couverture de change');
INSERT INTO account VALUES('RES','478000','Autres comptes transitoires');
INSERT INTO account VALUES('RES','478100','Mali de fusion sur actif circulant');
INSERT INTO account VALUES('RES','481000','Frais d’émission des emprunts');
INSERT INTO account VALUES('RES','486000','Charges constatées d''avance');
INSERT INTO account VALUES('RES','487000','Produits constatés d''avance');
INSERT INTO account VALUES('RES','487100','Produits constatés d’avance sur jetons émis');
INSERT INTO account VALUES('RES','488000','Comptes de répartition périodique des charges et des produits');
INSERT INTO account VALUES('RES','488600','Charges');
INSERT INTO account VALUES('RES','488700','Produits');
INSERT INTO account VALUES('RES','491000','Dépréciation des comptes d''usagers');
INSERT INTO account VALUES('RES','495000','Dépréciations des comptes du groupe et des associés');
INSERT INTO account VALUES('RES','495100','Comptes du groupe');
INSERT INTO account VALUES('RES','495500','Comptes courants des associés');
INSERT INTO account VALUES('RES','495800','Opérations faites en commun et en GIE');
INSERT INTO account VALUES('RES','496000','Dépréciations des comptes de débiteurs divers');
INSERT INTO account VALUES('RES','496200','Créances sur cessions d''immobilisations');
INSERT INTO account VALUES('RES','496500','Créances sur cessions de valeurs mobilières de placement');
INSERT INTO account VALUES('RES','496700','Autres comptes débiteurs');
INSERT INTO account VALUES('RES','502000','Actions propres');
INSERT INTO account VALUES('RES','502100','Actions destinées à être attribuées aux employés et affectées à des plans déterminés');
INSERT INTO account VALUES('RES','502200','Actions disponibles pour être attribuées aux employés ou pour la régularisation des cours de bourse');
INSERT INTO account VALUES('RES','503000','Actions');
INSERT INTO account VALUES('RES','503100','Titres cotés');
INSERT INTO account VALUES('RES','503500','Titres non cotés');
INSERT INTO account VALUES('RES','504000','Autres titres conférant un droit de propriété');
INSERT INTO account VALUES('RES','505000','Obligations et bons émis par la société et rachetés par elle');
INSERT INTO account VALUES('RES','506000','Obligations');
INSERT INTO account VALUES('RES','506100','Titres cotés');
INSERT INTO account VALUES('RES','506500','Titres non cotés');
INSERT INTO account VALUES('RES','507000','Bons du Trésor et bons de caisse à court terme');
INSERT INTO account VALUES('RES','508000','Autres valeurs mobilières de placement et autres créances assimilées');
INSERT INTO account VALUES('RES','508100','Autres valeurs mobilières');
INSERT INTO account VALUES('RES','508200','Bons de souscription');
INSERT INTO account VALUES('RES','508800','Intérêts courus sur obligations, bons et valeurs assimilés');
INSERT INTO account VALUES('RES','509000','Versements restant à effectuer sur valeurs mobilières de placement non libérées');
INSERT INTO account VALUES('RES','511000','Valeurs à l''encaissement');
INSERT INTO account VALUES('RES','511100','Coupons échus à l''encaissement');
INSERT INTO account VALUES('RES','511200','Chèques à encaisser');
INSERT INTO account VALUES('RES','511300','Effets à l''encaissement');
INSERT INTO account VALUES('RES','511400','Effets à l''escompte');
INSERT INTO account VALUES('RES','511500','Cartes bancaires à encaisser');
INSERT INTO account VALUES('RES','512000','Banques');
INSERT INTO account VALUES('RES','518000','Intérêts courus');
INSERT INTO account VALUES('RES','518100','Intérêts courus à payer');
INSERT INTO account VALUES('RES','518800','Intérêts courus à recevoir');
INSERT INTO account VALUES('RES','519000','Concours bancaires courants');
INSERT INTO account VALUES('RES','519100','Crédit de mobilisation de créances commerciales');
INSERT INTO account VALUES('RES','519300','Mobilisation de créances nées à l''étranger');
INSERT INTO account VALUES('RES','519800','Intérêts courus sur concours bancaires courants');
INSERT INTO account VALUES('RES','521000','Instruments financiers à terme');
INSERT INTO account VALUES('RES','522000','Jetons détenus');
INSERT INTO account VALUES('RES','523000','Jetons auto-détenus');
INSERT INTO account VALUES('RES','524000','Jetons empruntés');
INSERT INTO account VALUES('RES','530000','Caisse');
INSERT INTO account VALUES('RES','580000','Virements internes');
INSERT INTO account VALUES('RES','590000','Dépréciations des valeurs mobilières de placement');
INSERT INTO account VALUES('RES','590300','Actions');
INSERT INTO account VALUES('RES','590400','Autres titres conférant un droit de propriété');
INSERT INTO account VALUES('RES','590600','Obligations');
INSERT INTO account VALUES('RES','590800','Autres valeurs mobilières de placement et créances assimilées');
INSERT INTO account VALUES('RES','601000','Achats stockés - Matières premières et fournitures');
INSERT INTO account VALUES('RES','602000','Achats stockés - Autres approvisionnements');
INSERT INTO account VALUES('RES','602100','Matières consommables');
INSERT INTO account VALUES('RES','602200','Fournitures consommables');
INSERT INTO account VALUES('RES','602600','Emballages');
INSERT INTO account VALUES('RES','603000','Variation des stocks d''approvisionnements et de marchandises');
INSERT INTO account VALUES('RES','603100','Variation des stocks de matières premières et fournitures');
INSERT INTO account VALUES('RES','603200','Variation des stocks des autres approvisionnements');
INSERT INTO account VALUES('RES','603700','Variation des stocks de marchandises');
INSERT INTO account VALUES('RES','604000','Achats d''études et prestations de services');
INSERT INTO account VALUES('RES','605000','Achats de matériel, équipements et travaux');
INSERT INTO account VALUES('RES','606000','Achats non stockés de matière et fournitures');
INSERT INTO account VALUES('RES','606100','Fournitures non stockables (eau, énergie, etc.)');
INSERT INTO account VALUES('RES','606300','Fournitures d''entretien et de petit équipement');
INSERT INTO account VALUES('RES','606400','Fournitures administratives');
INSERT INTO account VALUES('RES','606800','Autres matières et fournitures');
INSERT INTO account VALUES('RES','607000','Achats de marchandises');
INSERT INTO account VALUES('RES','608000','Regroupement des frais accessoires incorporés aux achats');
INSERT INTO account VALUES('RES','609000','Rabais, remises et ristournes obtenus sur achats');
INSERT INTO account VALUES('RES','609800','RRR non affectés');
INSERT INTO account VALUES('RES','611000','Sous-traitance générale');
INSERT INTO account VALUES('RES','612000','Redevances de crédit-bail');
INSERT INTO account VALUES('RES','612200','Crédit-bail mobilier');
INSERT INTO account VALUES('RES','612500','Crédit-bail immobilier');
INSERT INTO account VALUES('RES','613000','Locations');
INSERT INTO account VALUES('RES','613200','Locations immobilières');
INSERT INTO account VALUES('RES','613500','Locations mobilières');
INSERT INTO account VALUES('RES','614000','Charges locatives et de copropriété');
INSERT INTO account VALUES('RES','615000','Entretien et réparation');
INSERT INTO account VALUES('RES','615200','Entretien et réparation sur biens immobiliers');
INSERT INTO account VALUES('RES','615500','Entretien et réparation sur biens mobiliers');
INSERT INTO account VALUES('RES','615600','Maintenance');
INSERT INTO account VALUES('RES','616000','Primes d''assurances');
INSERT INTO account VALUES('RES','616100','Multirisques');
INSERT INTO account VALUES('RES','616200','Assurance obligatoire dommage construction');
INSERT INTO account VALUES('RES','616300','Assurance - transport');
INSERT INTO account VALUES('RES','616400','Risques d''exploitation');
INSERT INTO account VALUES('RES','616500','Primes d''assurances pour insolvabilité usagers');
INSERT INTO account VALUES('RES','617000','Études et recherches');
INSERT INTO account VALUES('RES','618000','Divers');
INSERT INTO account VALUES('RES','618100','Documentation générale');
INSERT INTO account VALUES('RES','618300','Documentation technique');
INSERT INTO account VALUES('RES','618500','Frais de colloques, séminaires, conférences');
INSERT INTO account VALUES('RES','618700','Prestations administratives');
INSERT INTO account VALUES('RES','619000','Rabais, remises et ristournes obtenus sur services extérieurs');
INSERT INTO account VALUES('RES','621000','Personnel extérieur à l''association');
INSERT INTO account VALUES('RES','621100','Personnel intérimaire');
INSERT INTO account VALUES('RES','621400','Personnel détaché ou prêté à l''association');
INSERT INTO account VALUES('RES','621410','Mises à disposition de personnel salarié');
INSERT INTO account VALUES('RES','622000','Rémunérations d''intermédiaires et honoraires');
INSERT INTO account VALUES('RES','622100','Commissions et courtages sur achats');
INSERT INTO account VALUES('RES','622200','Commissions et courtages sur ventes');
INSERT INTO account VALUES('RES','622400','Rémunérations des transitaires');
INSERT INTO account VALUES('RES','622500','Rémunérations d''affacturage');
INSERT INTO account VALUES('RES','622600','Honoraires');
INSERT INTO account VALUES('RES','622640','Honoraires sur legs ou donations à céder');
INSERT INTO account VALUES('RES','622700','Frais d''actes et de contentieux');
INSERT INTO account VALUES('RES','622800','Divers');
INSERT INTO account VALUES('RES','623000','Publicité, publications, relations publiques');
INSERT INTO account VALUES('RES','623100','Annonces et insertions');
INSERT INTO account VALUES('RES','623200','Échantillons');
INSERT INTO account VALUES('RES','623300','Foires et expositions');
INSERT INTO account VALUES('RES','623400','Cadeaux aux usagers');
INSERT INTO account VALUES('RES','623500','Primes');
INSERT INTO account VALUES('RES','623600','Catalogues et imprimés');
INSERT INTO account VALUES('RES','623700','Publications');
INSERT INTO account VALUES('RES','623800','Divers (pourboires, dons courants)');
INSERT INTO account VALUES('RES','624000','Transports de biens et transports collectifs du personnel');
INSERT INTO account VALUES('RES','624100','Transports sur achats');
INSERT INTO account VALUES('RES','624200','Transports sur ventes');
INSERT INTO account VALUES('RES','624300','Transports entre établissements ou chantiers');
INSERT INTO account VALUES('RES','624400','Transports administratifs');
INSERT INTO account VALUES('RES','624700','Transports collectifs du personnel');
INSERT INTO account VALUES('RES','624800','Divers');
INSERT INTO account VALUES('RES','625000','Déplacements, missions et réceptions');
INSERT INTO account VALUES('RES','625100','Voyages et déplacements');
INSERT INTO account VALUES('RES','625500','Frais de déménagement');
INSERT INTO account VALUES('RES','625600','Missions');
INSERT INTO account VALUES('RES','625700','Réceptions');
INSERT INTO account VALUES('RES','626000','Frais postaux et de télécommunications');
INSERT INTO account VALUES('RES','627000','Services bancaires et assimilés');
INSERT INTO account VALUES('RES','627100','Frais sur titres (achat, vente, garde)');
INSERT INTO account VALUES('RES','627200','Commissions et frais sur émission d''emprunts');
INSERT INTO account VALUES('RES','627500','Frais sur effets');
INSERT INTO account VALUES('RES','627600','Location de coffres');
INSERT INTO account VALUES('RES','627800','Autres frais et commissions sur prestations de services');
INSERT INTO account VALUES('RES','628000','Divers');
INSERT INTO account VALUES('RES','628100','Cotisations professionnelles');
INSERT INTO account VALUES('RES','628400','Frais de recrutement de personnel');
INSERT INTO account VALUES('RES','629000','Rabais, remises et ristournes obtenus sur autres services extérieurs');
INSERT INTO account VALUES('RES','631000','Impôts, taxes et versements assimilés sur rémunérations (administrations des impôts)');
INSERT INTO account VALUES('RES','631100','Taxe sur les salaires');
INSERT INTO account VALUES('RES','631400','Cotisation pour défaut d''investissement obligatoire dans la construction');
INSERT INTO account VALUES('RES','631800','Autres');
INSERT INTO account VALUES('RES','633000','Impôts, taxes et versements assimilés sur rémunérations (autres organismes)');
INSERT INTO account VALUES('RES','633100','Versement de transport');
INSERT INTO account VALUES('RES','633200','Allocations logement');
INSERT INTO account VALUES('RES','633300','Contribution unique des employeurs à la formation professionnelle');
INSERT INTO account VALUES('RES','633400','Participation des employeurs à l''effort de construction');
INSERT INTO account VALUES('RES','633500','Versements libératoires ouvrant droit à l''exonération de la taxe d''apprentissage');
INSERT INTO account VALUES('RES','633800','Autres');
INSERT INTO account VALUES('RES','635000','Autres impôts, taxes et versements assimilés (administrations des impôts)');
INSERT INTO account VALUES('RES','635100','Impôts directs (sauf impôts sur les bénéfices)');
INSERT INTO account VALUES('RES','635200','Taxe sur le chiffre d''affaires non récupérables');
INSERT INTO account VALUES('RES','635300','Impôts indirects');
INSERT INTO account VALUES('RES','635400','Droits d''enregistrement et de timbre');
INSERT INTO account VALUES('RES','635800','Autres droits');
INSERT INTO account VALUES('RES','637000','Autres impôts, taxes et versements assimilés (autres organismes)');
INSERT INTO account VALUES('RES','637100','Contribution sociale de solidarité à la charge des sociétés');
INSERT INTO account VALUES('RES','637200','Taxes perçues par les organismes publics internationaux');
INSERT INTO account VALUES('RES','637400','Impôts et taxes exigibles à l''étranger');
INSERT INTO account VALUES('RES','637800','Taxes diverses');
INSERT INTO account VALUES('RES','638000','Rappel d’impôts (autres qu’impôts sur les bénéfices)');
INSERT INTO account VALUES('RES','641000','Rémunérations du personnel');
INSERT INTO account VALUES('RES','641100','Salaires, appointements');
INSERT INTO account VALUES('RES','641200','Congés payés');
INSERT INTO account VALUES('RES','641300','Primes et gratifications');
INSERT INTO account VALUES('RES','641400','Indemnités et avantages divers');
INSERT INTO account VALUES('RES','641500','Supplément familial');
INSERT INTO account VALUES('RES','644000','Rémunération du travail de l''exploitant');
INSERT INTO account VALUES('RES','645000','Cotisations de sécurité sociale et de prévoyance');
INSERT INTO account VALUES('RES','645100','Cotisations à l''Urssaf');
INSERT INTO account VALUES('RES','645200','Cotisations aux mutuelles');
INSERT INTO account VALUES('RES','645300','Cotisations caisses de retraites et de prévoyance');
INSERT INTO account VALUES('RES','645400','Cotisations versées au titre du chômage (France Travail)');
INSERT INTO account VALUES('RES','645800','Cotisations aux autres organismes sociaux');
INSERT INTO account VALUES('RES','646000','Cotisations sociales personnelles de l''exploitant');
INSERT INTO account VALUES('RES','647000','Autres cotisations sociales');
INSERT INTO account VALUES('RES','647100','Prestations directes');
INSERT INTO account VALUES('RES','647200','Versements au comité social et économique');
INSERT INTO account VALUES('RES','647400','Versements aux autres œuvres sociales');
INSERT INTO account VALUES('RES','647500','Médecine du travail, pharmacie');
INSERT INTO account VALUES('RES','648000','Autres charges de personnel');
INSERT INTO account VALUES('RES','648100','Indemnités du personnel de culte');
INSERT INTO account VALUES('RES','648500','Charges sociales sur indemnités de culte');
INSERT INTO account VALUES('RES','648800','Autres charges de personnel');
INSERT INTO account VALUES('RES','649000','Remboursements de charges de personnel');
INSERT INTO account VALUES('RES','651000','Redevances pour concessions, brevets, licences, marques, procédés, solutions informatiques, droits et valeurs similaires');
INSERT INTO account VALUES('RES','651100','Redevances pour concessions, brevets, licences, marques, procédés, solutions informatiques');
INSERT INTO account VALUES('RES','651600','Droits d''auteur et de reproduction');
INSERT INTO account VALUES('RES','651800','Autres droits et valeurs similaires');
INSERT INTO account VALUES('RES','652000','Valeurs comptables des immobilisations incorporelles et corporelles cédées');
INSERT INTO account VALUES('RES','652100','Immobilisations reçues par legs ou donations');
INSERT INTO account VALUES('RES','653000','Charges de la générosité du public');
INSERT INTO account VALUES('RES','653100','Autres charges sur legs ou donations');
INSERT INTO account VALUES('RES','654000','Pertes sur créances irrécouvrables');
INSERT INTO account VALUES('RES','654100','Créances de l''exercice');
INSERT INTO account VALUES('RES','654400','Créances des exercices antérieurs');
INSERT INTO account VALUES('RES','655000','Quote-part de résultat sur opérations faites en commun');
INSERT INTO account VALUES('RES','655100','Quote-part de bénéfice transférée - comptabilité du gérant');
INSERT INTO account VALUES('RES','655500','Quote-part de perte supportée - comptabilité des associés non gérants');
INSERT INTO account VALUES('RES','656000','Pertes de change sur créances et dettes commerciales');
INSERT INTO account VALUES('RES','657000','Aides financières');
INSERT INTO account VALUES('RES','657100','Aides financières octroyées');
INSERT INTO account VALUES('RES','657200','Quotes-parts de générosité reversée');
INSERT INTO account VALUES('RES','657300','Apports ou affectations en numéraire');
INSERT INTO account VALUES('RES','658000','Pénalités et autres charges');
INSERT INTO account VALUES('RES','658100','Pénalités sur marchés (et dédits payés sur achats et ventes)');
INSERT INTO account VALUES('RES','658200','Pénalités, amendes fiscales et pénales');
INSERT INTO account VALUES('RES','658300','Malis provenant de clauses d’indexation');
INSERT INTO account VALUES('RES','658400','Lots');
INSERT INTO account VALUES('RES','658800','Opérations de constitution ou liquidation des fiducies');
INSERT INTO account VALUES('RES','661000','Charges d''intérêts');
INSERT INTO account VALUES('RES','661100','Intérêts des emprunts et dettes');
INSERT INTO account VALUES('RES','661200','Charges de la fiducie, résultat de la période');
INSERT INTO account VALUES('RES','661500','Intérêts des comptes courants et des dépôts créditeurs');
INSERT INTO account VALUES('RES','661600','Intérêts bancaires et sur opérations de financement (escompte…)');
INSERT INTO account VALUES('RES','661700','Intérêts des obligations cautionnées');
INSERT INTO account VALUES('RES','661800','Intérêts des autres dettes');
INSERT INTO account VALUES('RES','664000','Pertes sur créances liées à des participations');
INSERT INTO account VALUES('RES','665000','Escomptes accordés');
INSERT INTO account VALUES('RES','666000','Pertes de change financières');
INSERT INTO account VALUES('RES','667000','Charges sur cession d’éléments financiers');
INSERT INTO account VALUES('RES','667100','Valeurs comptables des immobilisations financières cédées');
INSERT INTO account VALUES('RES','667200','Charges nettes sur cessions de titres immobilisés de l’activité de portefeuille');
INSERT INTO account VALUES('RES','667300','Charges nettes sur cessions de valeurs mobilières de placement');
INSERT INTO account VALUES('RES','667400','Charges nettes sur cessions de jetons');
INSERT INTO account VALUES('RES','668000','Autres charges financières');
INSERT INTO account VALUES('RES','668300','Mali provenant du rachat par l’entité d’actions et obligations émises par elle-même');
INSERT INTO account VALUES('RES','671000','Charges exceptionnelles sur opérations de gestion');
INSERT INTO account VALUES('RES','671300','Dons, libéralités');
INSERT INTO account VALUES('RES','672000','Charges sur exercices antérieurs');
INSERT INTO account VALUES('RES','678000','Autres charges exceptionnelles');
INSERT INTO account VALUES('RES','681000','Dotations aux amortissements, aux dépréciations et aux provisions');
INSERT INTO account VALUES('RES','681100','Dotations aux amortissements sur immobilisations incorporelles et corporelles');
INSERT INTO account VALUES('RES','681500','Dotations aux provisions d''exploitation');
INSERT INTO account VALUES('RES','681600','Dotations pour dépréciations des immobilisations incorporelles et corporelles');
INSERT INTO account VALUES('RES','681640','Dot. pour dépréciation d’actifs reçus par legs ou donations');
INSERT INTO account VALUES('RES','681700','Dotations pour dépréciations des actifs circulants');
INSERT INTO account VALUES('RES','686000','Dotations aux amortissements, aux dépréciations et aux provisions');
INSERT INTO account VALUES('RES','686100','Dotations aux amortissements des primes de remboursement des emprunts');
INSERT INTO account VALUES('RES','686200','Dotations aux amortissements des frais d''émission des emprunts');
INSERT INTO account VALUES('RES','686500','Dotations aux provisions financières');
INSERT INTO account VALUES('RES','686600','Dotations pour dépréciation des éléments financiers');
INSERT INTO account VALUES('RES','687000','Dotations aux amortissements, aux dépréciations et aux provisions');
INSERT INTO account VALUES('RES','687100','Dotations aux amortissements exceptionnels des immobilisations');
INSERT INTO account VALUES('RES','687200','Dotations aux provisions réglementées (immobilisations)');
INSERT INTO account VALUES('RES','687300','Dotations aux provisions réglementées (stocks)');
INSERT INTO account VALUES('RES','687400','Dotations aux autres provisions réglementées');
INSERT INTO account VALUES('RES','687500','Dotations aux provisions exceptionnelles');
INSERT INTO account VALUES('RES','687600','Dotations pour dépréciations exceptionnelles');
INSERT INTO account VALUES('RES','689000','Reports en fonds dédiés');
INSERT INTO account VALUES('RES','689100','Reports en fonds reportés');
INSERT INTO account VALUES('RES','689400','Reports en fonds dédiés sur subventions d’exploitation');
INSERT INTO account VALUES('RES','689500','Reports en fonds dédiés sur contributions financières d''autres organismes');
INSERT INTO account VALUES('RES','689600','Reports en fonds dédiés sur ressources liées à la générosité du public');
INSERT INTO account VALUES('RES','691000','Participation des salariés aux résultats');
INSERT INTO account VALUES('RES','695000','Impôts sur les sociétés des personnes morales non lucratives');
INSERT INTO account VALUES('RES','695100','Impôts dus en France');
INSERT INTO account VALUES('RES','695200','Contribution additionnelle à l''impôt sur les bénéfices');
INSERT INTO account VALUES('RES','695400','Impôts dus à l''étranger');
INSERT INTO account VALUES('RES','696000','Suppléments d''impôt sur les sociétés liés aux distributions');
INSERT INTO account VALUES('RES','698000','Intégration fiscale');
INSERT INTO account VALUES('RES','698100','Intégration fiscale - Charges');
INSERT INTO account VALUES('RES','698900','Intégration fiscale - Produits');
INSERT INTO account VALUES('RES','699000','Produits - Reports en arrière des déficits');
INSERT INTO account VALUES('RES','701000','Ventes de produits finis');
INSERT INTO account VALUES('RES','702000','Ventes de produits intermédiaires');
INSERT INTO account VALUES('RES','703000','Ventes de produits résiduels');
INSERT INTO account VALUES('RES','704000','Travaux');
INSERT INTO account VALUES('RES','705000','Études');
INSERT INTO account VALUES('RES','706000','Prestations de services');
INSERT INTO account VALUES('RES','706010','Prestations - études de préfiguration');
INSERT INTO account VALUES('RES','706020','Prestations - recrutement de gérants');
INSERT INTO account VALUES('RES','706030','Prestations - accompagnement à l''ouverture');
INSERT INTO account VALUES('RES','706040','Prestations - accompagnement au fonctionnement');
INSERT INTO account VALUES('RES','706300','Parrainages');
INSERT INTO account VALUES('RES','707000','Ventes de marchandises');
INSERT INTO account VALUES('RES','707110','Ventes Guinguette - boissons alcoolisées (20 %)');
INSERT INTO account VALUES('RES','707120','Ventes Guinguette - boissons sans alcool et restauration sur place (10 %)');
INSERT INTO account VALUES('RES','707130','Ventes Guinguette - produits à emporter (5,5 %)');
INSERT INTO account VALUES('RES','707300','Ventes de dons en nature');
INSERT INTO account VALUES('RES','708000','Produits des activités annexes');
INSERT INTO account VALUES('RES','708100','Produits des services exploités dans l''intérêt du personnel');
INSERT INTO account VALUES('RES','708200','Commissions et courtages');
INSERT INTO account VALUES('RES','708300','Locations diverses');
INSERT INTO account VALUES('RES','708400','Mise à disposition de personnel facturée');
INSERT INTO account VALUES('RES','708500','Ports et frais accessoires facturés');
INSERT INTO account VALUES('RES','708600','Bonis sur reprises d''emballages consignés');
INSERT INTO account VALUES('RES','708700','Bonifications obtenues des clients et primes sur ventes');
INSERT INTO account VALUES('RES','708800','Autres produits d''activités annexes (cessions d''approvisionnements)');
INSERT INTO account VALUES('RES','709000','Rabais, remises et ristournes accordés');
INSERT INTO account VALUES('RES','709100','RRR accordés sur ventes de produits finis');
INSERT INTO account VALUES('RES','709200','RRR accordés sur ventes de produits intermédiaires');
INSERT INTO account VALUES('RES','709400','RRR accordés sur travaux');
INSERT INTO account VALUES('RES','709500','RRR accordés sur études');
INSERT INTO account VALUES('RES','709600','RRR accordés sur prestations de services');
INSERT INTO account VALUES('RES','709700','RRR accordés sur ventes de marchandises');
INSERT INTO account VALUES('RES','709800','RRR accordés sur produits des activités annexes');
INSERT INTO account VALUES('RES','713000','Variation des stocks des en-cours de production et de produits');
INSERT INTO account VALUES('RES','713300','Variation des en-cours de production de biens');
INSERT INTO account VALUES('RES','713400','Variation des en-cours de production de services');
INSERT INTO account VALUES('RES','713500','Variation des stocks de produits');
INSERT INTO account VALUES('RES','721000','Immobilisations incorporelles');
INSERT INTO account VALUES('RES','722000','Immobilisations corporelles');
INSERT INTO account VALUES('RES','730000','Concours publics');
INSERT INTO account VALUES('RES','741000','Subventions d’exploitation');
INSERT INTO account VALUES('RES','741100','Subventions d''exploitation - État et agences (ANCT, ANRT)');
INSERT INTO account VALUES('RES','741200','Subventions d''exploitation - Régions');
INSERT INTO account VALUES('RES','741300','Subventions d''exploitation - Départements');
INSERT INTO account VALUES('RES','741400','Subventions d''exploitation - Communes et intercommunalités');
INSERT INTO account VALUES('RES','741500','Subventions d''exploitation - ASP (apprentissage, emplois aidés)');
INSERT INTO account VALUES('RES','741800','Subventions d''exploitation - autres organismes publics');
INSERT INTO account VALUES('RES','742000','Subventions d’équilibre');
INSERT INTO account VALUES('RES','747000','Quote-part des subventions d’investissement virée au résultat de l’exercice');
INSERT INTO account VALUES('RES','751000','Redevances pour concessions, brevets, licences, marques, procédés, solutions informatiques, droits et valeurs similaires');
INSERT INTO account VALUES('RES','751100','Redevances pour concessions, brevets, licences, marques, procédés, solutions informatiques');
INSERT INTO account VALUES('RES','751600','Droits d''auteur et de reproduction');
INSERT INTO account VALUES('RES','751800','Autres droits et valeurs similaires');
INSERT INTO account VALUES('RES','752000','Revenus des immeubles non affectés à des activités professionnelles');
INSERT INTO account VALUES('RES','753000','Rémunérations de l’activité des administrateurs et des gérants');
INSERT INTO account VALUES('RES','753100','Versements des fondateurs');
INSERT INTO account VALUES('RES','753200','Quotes-parts de dotation consomptible virée a');
INSERT INTO account VALUES('RES','754000','Ressources liées à la générosité du public');
INSERT INTO account VALUES('RES','754100','Dons manuels');
INSERT INTO account VALUES('RES','754110','Dons manuels');
INSERT INTO account VALUES('RES','754120','Abandons de frais par les bénévoles');
INSERT INTO account VALUES('RES','754130','Abandons express de revenus ou de produits');
INSERT INTO account VALUES('RES','754200','Mécénat');
INSERT INTO account VALUES('RES','754300','Legs, donations et assurances-vie');
INSERT INTO account VALUES('RES','754310','Assurances-vie');
INSERT INTO account VALUES('RES','754320','Legs ou donations');
INSERT INTO account VALUES('RES','754330','Autres produits sur legs ou donations');
INSERT INTO account VALUES('RES','755000','Contributions financières');
INSERT INTO account VALUES('RES','755100','Contributions financières d’autres organismes');
INSERT INTO account VALUES('RES','755200','Quotes-parts de générosité reçues');
INSERT INTO account VALUES('RES','755500','Quote-part de bénéfice attribuée - comptabilité des associés non-gérants');
INSERT INTO account VALUES('RES','756000','Cotisations');
INSERT INTO account VALUES('RES','756100','Cotisations sans contrepartie');
INSERT INTO account VALUES('RES','756200','Cotisations avec contrepartie');
INSERT INTO account VALUES('RES','757000','Produits des cessions d’immobilisations incorporelles et corporelles');
INSERT INTO account VALUES('RES','757100','Immobilisations reçues en legs ou donations destinées à être cédées');
INSERT INTO account VALUES('RES','758000','Indemnités et autres produits');
INSERT INTO account VALUES('RES','758100','Dédits et pénalités perçus sur achats et ventes');
INSERT INTO account VALUES('RES','758200','Libéralités reçues');
INSERT INTO account VALUES('RES','758300','Rentrées sur créances amorties');
INSERT INTO account VALUES('RES','758400','Dégrèvements d’impôts autres qu’impôts sur les bénéfices');
INSERT INTO account VALUES('RES','758500','Bonis provenant de clauses d’indexation');
INSERT INTO account VALUES('RES','758600','Lots');
INSERT INTO account VALUES('RES','758700','Indemnités d’assurance');
INSERT INTO account VALUES('RES','758800','Opérations de constitution ou liquidation des fiducies');
INSERT INTO account VALUES('RES','761000','Produits de participations');
INSERT INTO account VALUES('RES','761100','Revenus des titres de participation');
INSERT INTO account VALUES('RES','761200','Produits de la fiducie, résultat de la période');
INSERT INTO account VALUES('RES','761600','Revenus sur autres formes de participation');
INSERT INTO account VALUES('RES','761700','Revenus des créances rattachées à des participations');
INSERT INTO account VALUES('RES','762000','Produits des autres immobilisations financières');
INSERT INTO account VALUES('RES','762100','Revenus des titres immobilisés');
INSERT INTO account VALUES('RES','762600','Revenus des prêts');
INSERT INTO account VALUES('RES','762700','Revenus des créances immobilisées');
INSERT INTO account VALUES('RES','763000','Revenus des autres créances');
INSERT INTO account VALUES('RES','763100','Revenus des créances commerciales');
INSERT INTO account VALUES('RES','763800','Revenus des créances diverses');
INSERT INTO account VALUES('RES','764000','Revenus des valeurs mobilières de placement');
INSERT INTO account VALUES('RES','765000','Escomptes obtenus');
INSERT INTO account VALUES('RES','766000','Gains de change financiers');
INSERT INTO account VALUES('RES','767000','Produits sur cession d’éléments financiers');
INSERT INTO account VALUES('RES','767100','Produits des cessions d’immobilisations financières');
INSERT INTO account VALUES('RES','767200','Produits nets sur cessions de titres immobilisés de l’activité de portefeuille');
INSERT INTO account VALUES('RES','767300','Produits nets sur cessions de valeurs mobilières de placement');
INSERT INTO account VALUES('RES','767400','Produits nets sur cessions de jetons');
INSERT INTO account VALUES('RES','768000','Autres produits financiers');
INSERT INTO account VALUES('RES','768300','Bonis provenant du rachat par l’entreprise d’actions et d’obligations émises par elle-même');
INSERT INTO account VALUES('RES','771300','Libéralités perçues');
INSERT INTO account VALUES('RES','771500','Subventions d''équilibre');
INSERT INTO account VALUES('RES','771800','Autres produits exceptionnel sur opération de gestion');
INSERT INTO account VALUES('RES','772000','Produits sur exercices antérieurs');
INSERT INTO account VALUES('RES','778000','Autres produits exceptionnels');
INSERT INTO account VALUES('RES','781000','Reprises sur amortissements, dépréciations et provisions');
INSERT INTO account VALUES('RES','781100','Reprises sur amortissements des immobilisations incorporelles et corporelles');
INSERT INTO account VALUES('RES','781500','Reprises sur provisions d''exploitation');
INSERT INTO account VALUES('RES','781600','Reprises sur dépréciations des immobilisations incorporelles et corporelles');
INSERT INTO account VALUES('RES','781640','Reprises de dépréciations d’actifs reçus par legs ou donations destinés à être cédés');
INSERT INTO account VALUES('RES','781700','Reprises sur dépréciations des actifs circulants');
INSERT INTO account VALUES('RES','786000','Reprises sur dépréciations et provisions');
INSERT INTO account VALUES('RES','786500','Reprises sur provisions financières');
INSERT INTO account VALUES('RES','786600','Reprises sur dépréciations des éléments financiers');
INSERT INTO account VALUES('RES','787000','Reprises sur dépréciations et provisions');
INSERT INTO account VALUES('RES','787200','Reprises sur provisions réglementées (immobilisations)');
INSERT INTO account VALUES('RES','787300','Reprises sur provisions réglementées (stocks)');
INSERT INTO account VALUES('RES','787400','Reprises sur autres provisions réglementées');
INSERT INTO account VALUES('RES','787500','Reprises sur provisions exceptionnelles');
INSERT INTO account VALUES('RES','787600','Reprises sur dépréciations exceptionnelles');
INSERT INTO account VALUES('RES','789000','Utilisations fonds reportés et des fonds dédiés');
INSERT INTO account VALUES('RES','789100','Utilisations des fonds reportés');
INSERT INTO account VALUES('RES','789400','Utilisations des fonds dédiés sur subventions');
INSERT INTO account VALUES('RES','789500','Utilisations des fonds dédiés sur contributions financières d’autres organismes');
INSERT INTO account VALUES('RES','789600','Utilisations des fonds dédiés sur ressources liées à la générosité du public');
INSERT INTO account VALUES('RES','860000','Secours en nature');
INSERT INTO account VALUES('RES','860100','Alimentaires');
INSERT INTO account VALUES('RES','860200','Vestimentaires');
INSERT INTO account VALUES('RES','861000','Mise à dispositions gratuites de biens');
INSERT INTO account VALUES('RES','861100','Locaux');
INSERT INTO account VALUES('RES','861200','Matériels');
INSERT INTO account VALUES('RES','862000','Prestations');
INSERT INTO account VALUES('RES','864000','Personnel bénévole');
INSERT INTO account VALUES('RES','870000','Dons en nature');
INSERT INTO account VALUES('RES','871000','Prestations en nature');
INSERT INTO account VALUES('RES','875000','Bénévolat');
CREATE TABLE auxiliary (
  entity TEXT NOT NULL,
  code TEXT NOT NULL,
  label TEXT NOT NULL,
  parent_account TEXT NOT NULL,
  PRIMARY KEY (entity, code),
  FOREIGN KEY (entity, parent_account) REFERENCES account(entity, number)
) STRICT, WITHOUT ROWID;
INSERT INTO auxiliary VALUES('AT','COM-A','Commune A','411000');
INSERT INTO auxiliary VALUES('AT','F-REGION','Région','441000');
CREATE TABLE journal (
  entity TEXT NOT NULL REFERENCES entity(code),
  code TEXT NOT NULL,
  label TEXT NOT NULL,
  PRIMARY KEY (entity, code)
) STRICT, WITHOUT ROWID;
INSERT INTO journal VALUES('AT','AC','Achats');
INSERT INTO journal VALUES('AT','AN','À-nouveaux');
INSERT INTO journal VALUES('AT','BQ','Banque');
INSERT INTO journal VALUES('AT','CA','Caisse Guinguettes');
INSERT INTO journal VALUES('AT','OD','Opérations diverses');
INSERT INTO journal VALUES('AT','VE','Ventes');
INSERT INTO journal VALUES('RES','AC','Achats');
INSERT INTO journal VALUES('RES','AN','À-nouveaux');
INSERT INTO journal VALUES('RES','BQ','Banque');
INSERT INTO journal VALUES('RES','CA','Caisse Guinguettes');
INSERT INTO journal VALUES('RES','OD','Opérations diverses');
INSERT INTO journal VALUES('RES','VE','Ventes');
CREATE TABLE fiscal_year (
  entity TEXT NOT NULL REFERENCES entity(code),
  year INTEGER NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL CHECK (start_date <= end_date),
  status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  PRIMARY KEY (entity, year)
) STRICT, WITHOUT ROWID;
INSERT INTO fiscal_year VALUES('AT',2024,'2024-01-01','2024-12-31','closed');
INSERT INTO fiscal_year VALUES('AT',2025,'2025-01-01','2025-12-31','open');
INSERT INTO fiscal_year VALUES('RES',2024,'2024-01-01','2024-12-31','open');
INSERT INTO fiscal_year VALUES('RES',2025,'2025-01-01','2025-12-31','open');
CREATE TABLE txn (
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL,
  journal TEXT NOT NULL,
  date TEXT NOT NULL,
  piece_ref TEXT NOT NULL,
  piece_date TEXT NOT NULL,
  label TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'validated')),
  fiscal_year INTEGER,
  sequence INTEGER,
  chain_position INTEGER,
  validation_date TEXT,
  hash TEXT,
  CHECK ((status = 'draft') = (sequence IS NULL)),
  CHECK ((status = 'draft') = (chain_position IS NULL)),
  CHECK ((status = 'draft') = (hash IS NULL))
) STRICT;
INSERT INTO txn VALUES(1,'AT','AC','2025-02-03','F-LOYER-02','2025-02-03','Loyer février','validated',2025,1,1,'2025-12-31','91088e68711f10662ce0bf3b984fa9e98802ce4314ffed9ea220a0d7aae1489c');
INSERT INTO txn VALUES(2,'AT','BQ','2025-02-10','VIR-1','2025-02-10','Paiement loyer','validated',2025,2,2,'2025-12-31','1c97bba8cc951658b29334841448f5c67476b34a55387a76917c8c01a9fec82b');
INSERT INTO txn VALUES(3,'RES','BQ','2025-03-01','COT-1','2025-03-01','Cotisations','validated',2025,1,1,'2025-12-31','ede4c0deeb3e331abeb000fbb853d1ee72076ccc10fece6d4818d42c96e7e327');
INSERT INTO txn VALUES(4,'RES','OD','2025-04-01','BROUILLON','2025-04-01','Brouillon','draft',NULL,NULL,NULL,NULL,NULL);
INSERT INTO txn VALUES(5,'AT','OD','2024-12-31','AN-2024','2024-12-31','Clôture 2024','validated',2024,1,3,'2025-12-31','4a2434be291aa9aea2b5bbe92172f553719fd33bc0233faaa26de9aaccbce31d');
INSERT INTO txn VALUES(6,'AT','AN','2025-01-01','AN-2025','2025-01-01','À-nouveaux de l''exercice 2024','validated',2025,3,4,'2025-12-31','f05ff6f06fe8f1eb0c0c143dec179abbf22bc4219d1bf0e7133554e839950dcb');
INSERT INTO txn VALUES(7,'AT','CA','2025-04-12','Z-Z1','2025-04-12','Guinguette Ham - recette du 12/04/2025','validated',2025,4,5,'2025-12-31','5c0e3365ac835a2fb000564ab7a673dfeada925fec87d821d012018a340fc525');
INSERT INTO txn VALUES(8,'AT','OD','2025-02-01','REGION-2025-A1','2025-02-01','Appel de fonds REGION-2025','validated',2025,5,6,'2025-12-31','1afb2ff889dd55fdf7c21a8b74dbe26239339f020e48e94f2b4d3989dc2aa6d8');
INSERT INTO txn VALUES(9,'RES','BQ','2025-03-15','DON-1','2025-03-15','Don','validated',2025,2,2,'2025-03-15','c560ce816ff6aa68c769f660b7a6b7e4ff0707ef0a660979592a83c154ec4cc4');
CREATE TABLE posting (
  id INTEGER PRIMARY KEY,
  txn_id INTEGER NOT NULL,
  line_no INTEGER NOT NULL,
  entity TEXT NOT NULL,
  date TEXT NOT NULL,
  account TEXT NOT NULL,
  auxiliary TEXT,
  debit INTEGER NOT NULL CHECK (debit >= 0),
  credit INTEGER NOT NULL CHECK (credit >= 0),
  label TEXT NOT NULL
) STRICT;
INSERT INTO posting VALUES(1,1,1,'AT','2025-02-03','613200',NULL,120000,0,'');
INSERT INTO posting VALUES(2,1,2,'AT','2025-02-03','445661',NULL,24000,0,'');
INSERT INTO posting VALUES(3,1,3,'AT','2025-02-03','401000',NULL,0,144000,'');
INSERT INTO posting VALUES(4,2,1,'AT','2025-02-10','401000',NULL,144000,0,'');
INSERT INTO posting VALUES(5,2,2,'AT','2025-02-10','512000',NULL,0,144000,'');
INSERT INTO posting VALUES(6,3,1,'RES','2025-03-01','512000',NULL,30000,0,'');
INSERT INTO posting VALUES(7,3,2,'RES','2025-03-01','756000',NULL,0,30000,'');
INSERT INTO posting VALUES(8,4,1,'RES','2025-04-01','606100',NULL,1234,0,'');
INSERT INTO posting VALUES(9,4,2,'RES','2025-04-01','512000',NULL,0,1234,'');
INSERT INTO posting VALUES(10,5,1,'AT','2024-12-31','512000',NULL,100000,0,'');
INSERT INTO posting VALUES(11,5,2,'AT','2024-12-31','102000',NULL,0,100000,'');
INSERT INTO posting VALUES(12,6,1,'AT','2025-01-01','102000',NULL,0,100000,'');
INSERT INTO posting VALUES(13,6,2,'AT','2025-01-01','512000',NULL,100000,0,'');
INSERT INTO posting VALUES(14,7,1,'AT','2025-04-12','530000',NULL,5000,0,'');
INSERT INTO posting VALUES(15,7,2,'AT','2025-04-12','511500',NULL,7000,0,'');
INSERT INTO posting VALUES(16,7,3,'AT','2025-04-12','707110',NULL,0,10000,'');
INSERT INTO posting VALUES(17,7,4,'AT','2025-04-12','445711',NULL,0,2000,'');
INSERT INTO posting VALUES(18,8,1,'AT','2025-02-01','441000','F-REGION',1800000,0,'');
INSERT INTO posting VALUES(19,8,2,'AT','2025-02-01','741200',NULL,0,1800000,'');
INSERT INTO posting VALUES(20,9,1,'RES','2025-03-15','512000',NULL,5000,0,'');
INSERT INTO posting VALUES(21,9,2,'RES','2025-03-15','756000',NULL,0,5000,'');
CREATE TABLE posting_tag (
  posting_id INTEGER NOT NULL REFERENCES posting(id),
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (posting_id, key)
) STRICT, WITHOUT ROWID;
INSERT INTO posting_tag VALUES(16,'activity','guinguette-picardie');
INSERT INTO posting_tag VALUES(14,'event','2');
INSERT INTO posting_tag VALUES(15,'event','2');
INSERT INTO posting_tag VALUES(16,'event','2');
INSERT INTO posting_tag VALUES(17,'event','2');
INSERT INTO posting_tag VALUES(18,'grant','REGION-2025');
INSERT INTO posting_tag VALUES(19,'grant','REGION-2025');
CREATE TABLE lettering (
  posting_id INTEGER PRIMARY KEY REFERENCES posting(id),
  code TEXT NOT NULL,
  date TEXT NOT NULL
) STRICT;
CREATE TABLE account_month_total (
  entity TEXT NOT NULL,
  account TEXT NOT NULL,
  month TEXT NOT NULL,
  debit INTEGER NOT NULL,
  credit INTEGER NOT NULL,
  PRIMARY KEY (entity, account, month)
) STRICT, WITHOUT ROWID;
INSERT INTO account_month_total VALUES('AT','102000','2024-12',0,100000);
INSERT INTO account_month_total VALUES('AT','102000','2025-01',0,100000);
INSERT INTO account_month_total VALUES('AT','401000','2025-02',144000,144000);
INSERT INTO account_month_total VALUES('AT','441000','2025-02',1800000,0);
INSERT INTO account_month_total VALUES('AT','445661','2025-02',24000,0);
INSERT INTO account_month_total VALUES('AT','445711','2025-04',0,2000);
INSERT INTO account_month_total VALUES('AT','511500','2025-04',7000,0);
INSERT INTO account_month_total VALUES('AT','512000','2024-12',100000,0);
INSERT INTO account_month_total VALUES('AT','512000','2025-01',100000,0);
INSERT INTO account_month_total VALUES('AT','512000','2025-02',0,144000);
INSERT INTO account_month_total VALUES('AT','530000','2025-04',5000,0);
INSERT INTO account_month_total VALUES('AT','613200','2025-02',120000,0);
INSERT INTO account_month_total VALUES('AT','707110','2025-04',0,10000);
INSERT INTO account_month_total VALUES('AT','741200','2025-02',0,1800000);
INSERT INTO account_month_total VALUES('RES','512000','2025-03',35000,0);
INSERT INTO account_month_total VALUES('RES','756000','2025-03',0,35000);
CREATE TABLE running_total_guard (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  open INTEGER NOT NULL CHECK (open IN (0, 1))
) STRICT;
INSERT INTO running_total_guard VALUES(1,0);
CREATE TABLE cofinancing_rule (
  code TEXT PRIMARY KEY,
  funder TEXT NOT NULL CHECK (funder <> ''),
  funder_name TEXT NOT NULL,
  rate TEXT NOT NULL,
  cap_cents INTEGER NOT NULL CHECK (cap_cents >= 0),
  cap_scope TEXT NOT NULL CHECK (cap_scope IN ('commune', 'prestation', 'commune-year')),
  base TEXT NOT NULL CHECK (base IN ('ht', 'ttc')),
  valid_from TEXT NOT NULL,
  valid_to TEXT CHECK (valid_to IS NULL OR valid_to >= valid_from),
  eligibility_flag TEXT NOT NULL DEFAULT '',
  priority INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO cofinancing_rule VALUES('BDT','F-BDT','Banque des Territoires','1/2',1000000,'commune','ht','2025-09-01',NULL,'villages-d-avenir',1);
INSERT INTO cofinancing_rule VALUES('FCR','F-FCR','Fonds de soutien au commerce rural','1',500000,'commune','ht','2025-09-01',NULL,'fonds-commerce-rural',2);
CREATE TABLE commune (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO commune VALUES('COM-A','Commune A');
CREATE TABLE commune_flag (
  commune TEXT NOT NULL REFERENCES commune(code),
  flag TEXT NOT NULL CHECK (flag <> ''),
  PRIMARY KEY (commune, flag)
) STRICT, WITHOUT ROWID;
INSERT INTO commune_flag VALUES('COM-A','fonds-commerce-rural');
INSERT INTO commune_flag VALUES('COM-A','villages-d-avenir');
CREATE TABLE prestation (
  id INTEGER PRIMARY KEY,
  commune TEXT NOT NULL REFERENCES commune(code),
  type TEXT NOT NULL CHECK (type IN ('feasibility', 'recruitment', 'opening-support', 'operation-support')),
  label TEXT NOT NULL,
  price_ht_cents INTEGER NOT NULL CHECK (price_ht_cents > 0),
  vat_rate TEXT NOT NULL,
  date TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('quoted', 'signed', 'delivered', 'invoiced', 'paid'))
) STRICT;
INSERT INTO prestation VALUES(1,'COM-A','feasibility','',1200000,'1/5','2025-10-01','quoted');
CREATE TABLE prestation_share (
  prestation INTEGER NOT NULL REFERENCES prestation(id),
  position INTEGER NOT NULL,
  rule TEXT NOT NULL,
  payer TEXT NOT NULL,
  payer_name TEXT NOT NULL,
  amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
  cap_reached INTEGER NOT NULL CHECK (cap_reached IN (0, 1)),
  txn INTEGER REFERENCES txn(id),
  PRIMARY KEY (prestation, position)
) STRICT, WITHOUT ROWID;
INSERT INTO prestation_share VALUES(1,0,'BDT','F-BDT','Banque des Territoires',600000,0,NULL);
INSERT INTO prestation_share VALUES(1,1,'FCR','F-FCR','Fonds de soutien au commerce rural',500000,1,NULL);
INSERT INTO prestation_share VALUES(1,2,'','COM-A','Commune A',100000,0,NULL);
CREATE TABLE guinguette_tour (
  code TEXT PRIMARY KEY,
  label TEXT NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO guinguette_tour VALUES('grand-est','Grand Est');
INSERT INTO guinguette_tour VALUES('picardie','Picardie');
CREATE TABLE guinguette_event (
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  tour TEXT NOT NULL REFERENCES guinguette_tour(code),
  commune TEXT NOT NULL CHECK (commune <> ''),
  participants INTEGER NOT NULL CHECK (participants >= 0),
  local_partners INTEGER NOT NULL CHECK (local_partners >= 0),
  UNIQUE (tour, date)
) STRICT;
INSERT INTO guinguette_event VALUES(1,'2025-06-14','grand-est','Villers',200,3);
INSERT INTO guinguette_event VALUES(2,'2025-04-12','picardie','Ham',80,1);
CREATE TABLE till_import (
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL UNIQUE,
  imported_on TEXT NOT NULL
) STRICT;
INSERT INTO till_import VALUES(1,'z.csv','ef5789c300a4c04da569eed3b613528febfa07f073b8e2d4b4cfa9890917c41b','2025-12-31');
CREATE TABLE till_import_day (
  tour TEXT NOT NULL,
  date TEXT NOT NULL,
  import_id INTEGER NOT NULL REFERENCES till_import(id),
  event_id INTEGER NOT NULL UNIQUE REFERENCES guinguette_event(id),
  txn_id INTEGER REFERENCES txn(id),
  z_number TEXT NOT NULL,
  total_ttc INTEGER NOT NULL CHECK (total_ttc >= 0),
  cash INTEGER NOT NULL CHECK (cash >= 0),
  card INTEGER NOT NULL CHECK (card >= 0),
  PRIMARY KEY (tour, date)
) STRICT, WITHOUT ROWID;
INSERT INTO till_import_day VALUES('picardie','2025-04-12',1,2,7,'Z1',12000,5000,7000);
CREATE TABLE grant_agreement (
  code TEXT PRIMARY KEY CHECK (code <> ''),
  entity TEXT NOT NULL REFERENCES entity(code),
  funder TEXT NOT NULL,
  purpose TEXT NOT NULL,
  awarded_cents INTEGER NOT NULL CHECK (awarded_cents > 0),
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL CHECK (end_date >= start_date),
  earmarked INTEGER NOT NULL CHECK (earmarked IN (0, 1)),
  tag_key TEXT NOT NULL CHECK (tag_key <> ''),
  tag_value TEXT NOT NULL CHECK (tag_value <> ''),
  income_account TEXT NOT NULL,
  receivable_account TEXT NOT NULL,
  conditions TEXT NOT NULL,
  FOREIGN KEY (entity, funder) REFERENCES auxiliary(entity, code),
  FOREIGN KEY (entity, income_account) REFERENCES account(entity, number),
  FOREIGN KEY (entity, receivable_account) REFERENCES account(entity, number)
) STRICT, WITHOUT ROWID;
INSERT INTO grant_agreement VALUES('REGION-2025','AT','F-REGION','Cafés du Grand Est',3000000,'2025-01-01','2025-12-31',1,'grant','REGION-2025','741200','441000','');
CREATE TABLE grant_tranche (
  id INTEGER PRIMARY KEY,
  grant_code TEXT NOT NULL REFERENCES grant_agreement(code),
  kind TEXT NOT NULL CHECK (kind IN ('call', 'receipt')),
  date TEXT NOT NULL,
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  txn_id INTEGER NOT NULL UNIQUE REFERENCES txn(id),
  piece TEXT NOT NULL
) STRICT;
INSERT INTO grant_tranche VALUES(1,'REGION-2025','call','2025-02-01',1800000,8,'REGION-2025-A1');
CREATE TABLE fec_import (
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL REFERENCES entity(code),
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  entries INTEGER NOT NULL CHECK (entries >= 0),
  lines INTEGER NOT NULL CHECK (lines >= 0),
  first_txn_id INTEGER REFERENCES txn(id),
  last_txn_id INTEGER REFERENCES txn(id),
  imported_on TEXT NOT NULL, seal TEXT,
  CHECK ((first_txn_id IS NULL) = (last_txn_id IS NULL))
) STRICT;
INSERT INTO fec_import VALUES(1,'RES','res-fec.txt','ecb77e166d4f1a1143419e3f3d639a51bea80462d59672945e8652366d343318',1,2,9,9,'2025-12-31','dc51d0c9fc064872972283b538b1d284c9642726e125b7199701bed01a3731c0');
CREATE TABLE fixed_asset (
  code TEXT PRIMARY KEY CHECK (code <> ''),
  entity TEXT NOT NULL REFERENCES entity(code),
  label TEXT NOT NULL,
  account TEXT NOT NULL CHECK (account LIKE '2%'),
  in_service_date TEXT NOT NULL,
  cost_cents INTEGER NOT NULL CHECK (cost_cents > 0),
  life_years INTEGER NOT NULL CHECK (life_years > 0),
  residual_cents INTEGER NOT NULL CHECK (residual_cents >= 0 AND residual_cents < cost_cents),
  disposal_date TEXT CHECK (disposal_date IS NULL OR disposal_date >= in_service_date),
  disposal_price_cents INTEGER CHECK (disposal_price_cents >= 0), subsidy_account TEXT
  CHECK (subsidy_account IS NULL OR (subsidy_account LIKE '13%' AND subsidy_account NOT LIKE '139%')), subsidy_cents INTEGER CHECK (subsidy_cents IS NULL OR subsidy_cents > 0),
  CHECK ((disposal_date IS NULL) = (disposal_price_cents IS NULL)),
  FOREIGN KEY (entity, account) REFERENCES account(entity, number)
) STRICT, WITHOUT ROWID;
INSERT INTO fixed_asset VALUES('FOUR-1','AT','Four à pain','215400','2025-04-01',1200000,5,0,NULL,NULL,NULL,NULL);
CREATE TABLE grant_budget (
  grant_code TEXT PRIMARY KEY REFERENCES grant_agreement(code),
  indirect_rate TEXT NOT NULL CHECK (indirect_rate <> ''),
  comment TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE TABLE grant_budget_line (
  grant_code TEXT NOT NULL REFERENCES grant_budget(grant_code),
  position INTEGER NOT NULL CHECK (position > 0),
  line TEXT NOT NULL CHECK (line <> ''),
  amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
  detail TEXT NOT NULL,
  PRIMARY KEY (grant_code, position),
  UNIQUE (grant_code, line)
) STRICT, WITHOUT ROWID;
CREATE TABLE bank_statement (
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL REFERENCES entity(code),
  account TEXT NOT NULL,
  file_name TEXT NOT NULL,
  file_hash TEXT NOT NULL CHECK (length(file_hash) = 64),
  format TEXT NOT NULL CHECK (format IN ('camt.053', 'ofx', 'csv')),
  statement_ref TEXT NOT NULL,
  from_date TEXT,
  to_date TEXT NOT NULL,
  opening_cents INTEGER NOT NULL,
  closing_cents INTEGER NOT NULL,
  FOREIGN KEY (entity, account) REFERENCES account(entity, number)
) STRICT;
INSERT INTO bank_statement VALUES(1,'AT','512000','releve.csv','6ada5a6365c031a4bb078c91486b8f456fd0fa18482ee12fab4ad698823da0d9','csv','releve.csv','2025-03-03','2025-03-03',10000,270000);
CREATE TABLE bank_line (
  id INTEGER PRIMARY KEY,
  statement_id INTEGER NOT NULL REFERENCES bank_statement(id),
  entity TEXT NOT NULL,
  account TEXT NOT NULL,
  reference TEXT NOT NULL CHECK (reference <> ''),
  occurrence INTEGER NOT NULL CHECK (occurrence >= 1),
  booking_date TEXT NOT NULL,
  value_date TEXT,
  amount_cents INTEGER NOT NULL,
  label TEXT NOT NULL,
  UNIQUE (entity, account, reference, occurrence)
) STRICT;
INSERT INTO bank_line VALUES(1,1,'AT','512000','SG250303001',1,'2025-03-03','2025-03-03',260000,'VIR COMMUNE DE VILLERS');
CREATE TABLE bank_match (
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL,
  account TEXT NOT NULL,
  automatic INTEGER NOT NULL CHECK (automatic IN (0, 1))
) STRICT;
CREATE TABLE bank_match_line (
  line_id INTEGER PRIMARY KEY REFERENCES bank_line(id),
  match_id INTEGER NOT NULL REFERENCES bank_match(id)
) STRICT;
CREATE TABLE bank_match_posting (
  posting_id INTEGER PRIMARY KEY REFERENCES posting(id),
  match_id INTEGER NOT NULL REFERENCES bank_match(id)
) STRICT;
CREATE TABLE year_lock (
  entity TEXT NOT NULL,
  year INTEGER NOT NULL,
  entries INTEGER NOT NULL CHECK (entries >= 0),
  last_chain_position INTEGER,
  last_hash TEXT,
  CHECK ((last_chain_position IS NULL) = (last_hash IS NULL)),
  PRIMARY KEY (entity, year)
) STRICT, WITHOUT ROWID;
INSERT INTO year_lock VALUES('AT',2024,1,3,'4a2434be291aa9aea2b5bbe92172f553719fd33bc0233faaa26de9aaccbce31d');
CREATE UNIQUE INDEX txn_by_chain ON txn(entity, chain_position);
CREATE UNIQUE INDEX posting_by_txn ON posting(txn_id, line_no);
CREATE INDEX posting_by_account ON posting(entity, account, date, txn_id, line_no, debit, credit, auxiliary, label);
CREATE INDEX lettering_by_code ON lettering(code);
CREATE TRIGGER txn_validated_no_update BEFORE UPDATE ON txn WHEN OLD.status = 'validated'
BEGIN SELECT RAISE(ABORT, 'a validated transaction cannot be changed; post a correcting entry instead'); END;
CREATE TRIGGER txn_validated_no_delete BEFORE DELETE ON txn WHEN OLD.status = 'validated'
BEGIN SELECT RAISE(ABORT, 'a validated transaction cannot be deleted; post a correcting entry instead'); END;
CREATE TRIGGER posting_validated_no_update BEFORE UPDATE ON posting
WHEN EXISTS (SELECT 1 FROM txn WHERE id IN (OLD.txn_id, NEW.txn_id) AND status = 'validated')
BEGIN SELECT RAISE(ABORT, 'the postings of a validated transaction cannot be changed'); END;
CREATE TRIGGER posting_validated_no_delete BEFORE DELETE ON posting
WHEN EXISTS (SELECT 1 FROM txn WHERE id = OLD.txn_id AND status = 'validated')
BEGIN SELECT RAISE(ABORT, 'the postings of a validated transaction cannot be deleted'); END;
CREATE TRIGGER posting_tag_validated_no_update BEFORE UPDATE ON posting_tag
WHEN EXISTS (SELECT 1 FROM posting p JOIN txn t ON t.id = p.txn_id
             WHERE p.id IN (OLD.posting_id, NEW.posting_id) AND t.status = 'validated')
BEGIN SELECT RAISE(ABORT, 'the analytic tags of a validated transaction cannot be changed'); END;
CREATE TRIGGER posting_tag_validated_no_delete BEFORE DELETE ON posting_tag
WHEN EXISTS (SELECT 1 FROM posting p JOIN txn t ON t.id = p.txn_id
             WHERE p.id = OLD.posting_id AND t.status = 'validated')
BEGIN SELECT RAISE(ABORT, 'the analytic tags of a validated transaction cannot be deleted'); END;
CREATE TRIGGER txn_closed_year_update BEFORE UPDATE ON txn
WHEN EXISTS (SELECT 1 FROM fiscal_year f WHERE f.status = 'closed'
             AND ((f.entity = OLD.entity AND OLD.date BETWEEN f.start_date AND f.end_date)
               OR (f.entity = NEW.entity AND NEW.date BETWEEN f.start_date AND f.end_date)))
BEGIN SELECT RAISE(ABORT, 'a transaction dated in a closed fiscal year cannot be changed'); END;
CREATE TRIGGER txn_closed_year_delete BEFORE DELETE ON txn
WHEN EXISTS (SELECT 1 FROM fiscal_year f WHERE f.entity = OLD.entity AND f.status = 'closed'
             AND OLD.date BETWEEN f.start_date AND f.end_date)
BEGIN SELECT RAISE(ABORT, 'a transaction dated in a closed fiscal year cannot be deleted'); END;
CREATE TRIGGER posting_closed_year_update BEFORE UPDATE ON posting
WHEN EXISTS (SELECT 1 FROM fiscal_year f WHERE f.status = 'closed'
             AND ((f.entity = OLD.entity AND OLD.date BETWEEN f.start_date AND f.end_date)
               OR (f.entity = NEW.entity AND NEW.date BETWEEN f.start_date AND f.end_date)))
BEGIN SELECT RAISE(ABORT, 'a posting dated in a closed fiscal year cannot be changed'); END;
CREATE TRIGGER posting_closed_year_delete BEFORE DELETE ON posting
WHEN EXISTS (SELECT 1 FROM fiscal_year f WHERE f.entity = OLD.entity AND f.status = 'closed'
             AND OLD.date BETWEEN f.start_date AND f.end_date)
BEGIN SELECT RAISE(ABORT, 'a posting dated in a closed fiscal year cannot be deleted'); END;
CREATE TRIGGER posting_tag_closed_year_update BEFORE UPDATE ON posting_tag
WHEN EXISTS (SELECT 1 FROM posting p JOIN fiscal_year f ON f.entity = p.entity AND f.status = 'closed'
             AND p.date BETWEEN f.start_date AND f.end_date WHERE p.id IN (OLD.posting_id, NEW.posting_id))
BEGIN SELECT RAISE(ABORT, 'the analytic tags of a posting in a closed fiscal year cannot be changed'); END;
CREATE TRIGGER posting_tag_closed_year_delete BEFORE DELETE ON posting_tag
WHEN EXISTS (SELECT 1 FROM posting p JOIN fiscal_year f ON f.entity = p.entity AND f.status = 'closed'
             AND p.date BETWEEN f.start_date AND f.end_date WHERE p.id = OLD.posting_id)
BEGIN SELECT RAISE(ABORT, 'the analytic tags of a posting in a closed fiscal year cannot be deleted'); END;
CREATE TRIGGER fiscal_year_closed_no_update BEFORE UPDATE ON fiscal_year WHEN OLD.status = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed fiscal year cannot be reopened or changed'); END;
CREATE TRIGGER fiscal_year_closed_no_delete BEFORE DELETE ON fiscal_year WHEN OLD.status = 'closed'
BEGIN SELECT RAISE(ABORT, 'a closed fiscal year cannot be deleted'); END;
CREATE TRIGGER txn_closed_year_insert BEFORE INSERT ON txn
WHEN EXISTS (SELECT 1 FROM fiscal_year f WHERE f.entity = NEW.entity AND f.status = 'closed'
             AND NEW.date BETWEEN f.start_date AND f.end_date)
BEGIN SELECT RAISE(ABORT, 'the transaction is dated in a closed fiscal year'); END;
CREATE TRIGGER posting_closed_year_insert BEFORE INSERT ON posting
WHEN EXISTS (SELECT 1 FROM fiscal_year f WHERE f.entity = NEW.entity AND f.status = 'closed'
             AND NEW.date BETWEEN f.start_date AND f.end_date)
BEGIN SELECT RAISE(ABORT, 'the posting is dated in a closed fiscal year'); END;
CREATE TRIGGER account_month_total_no_insert BEFORE INSERT ON account_month_total
WHEN (SELECT open FROM running_total_guard) IS NOT 1
BEGIN SELECT RAISE(ABORT, 'running totals are maintained by Comptoir only'); END;
CREATE TRIGGER account_month_total_no_update BEFORE UPDATE ON account_month_total
WHEN (SELECT open FROM running_total_guard) IS NOT 1
BEGIN SELECT RAISE(ABORT, 'running totals are maintained by Comptoir only'); END;
CREATE TRIGGER account_month_total_no_delete BEFORE DELETE ON account_month_total
WHEN (SELECT open FROM running_total_guard) IS NOT 1
BEGIN SELECT RAISE(ABORT, 'running totals are maintained by Comptoir only'); END;
CREATE INDEX prestation_by_commune ON prestation (commune, date, id);
CREATE INDEX guinguette_event_by_date ON guinguette_event(date);
CREATE TRIGGER till_import_no_update BEFORE UPDATE ON till_import
BEGIN SELECT RAISE(ABORT, 'an imported till file cannot be changed'); END;
CREATE TRIGGER till_import_no_delete BEFORE DELETE ON till_import
BEGIN SELECT RAISE(ABORT, 'an imported till file cannot be deleted'); END;
CREATE TRIGGER till_import_day_no_update BEFORE UPDATE ON till_import_day
BEGIN SELECT RAISE(ABORT, 'an imported till day cannot be changed'); END;
CREATE TRIGGER till_import_day_no_delete BEFORE DELETE ON till_import_day
BEGIN SELECT RAISE(ABORT, 'an imported till day cannot be deleted'); END;
CREATE INDEX posting_tag_by_key ON posting_tag(key, value, posting_id);
CREATE INDEX grant_agreement_by_entity ON grant_agreement(entity, code);
CREATE INDEX grant_tranche_by_grant ON grant_tranche(grant_code, date, id);
CREATE TRIGGER grant_tranche_no_update BEFORE UPDATE ON grant_tranche
BEGIN SELECT RAISE(ABORT, 'a grant tranche cannot be changed: it is booked by a validated entry'); END;
CREATE TRIGGER grant_tranche_no_delete BEFORE DELETE ON grant_tranche
BEGIN SELECT RAISE(ABORT, 'a grant tranche cannot be deleted: it is booked by a validated entry'); END;
CREATE TRIGGER grant_agreement_no_update BEFORE UPDATE ON grant_agreement
WHEN EXISTS (SELECT 1 FROM grant_tranche WHERE grant_code = OLD.code)
BEGIN SELECT RAISE(ABORT, 'a grant with booked tranches cannot be changed'); END;
CREATE TRIGGER grant_agreement_no_delete BEFORE DELETE ON grant_agreement
WHEN EXISTS (SELECT 1 FROM grant_tranche WHERE grant_code = OLD.code)
BEGIN SELECT RAISE(ABORT, 'a grant with booked tranches cannot be deleted'); END;
CREATE INDEX fec_import_by_file ON fec_import(entity, sha256);
CREATE TRIGGER fec_import_no_delete BEFORE DELETE ON fec_import
BEGIN SELECT RAISE(ABORT, 'a FEC import record cannot be deleted'); END;
CREATE INDEX fixed_asset_by_entity ON fixed_asset(entity, code);
CREATE TRIGGER fixed_asset_no_update BEFORE UPDATE ON fixed_asset
WHEN OLD.disposal_date IS NOT NULL
  OR NEW.code IS NOT OLD.code OR NEW.entity IS NOT OLD.entity OR NEW.label IS NOT OLD.label
  OR NEW.account IS NOT OLD.account OR NEW.in_service_date IS NOT OLD.in_service_date
  OR NEW.cost_cents IS NOT OLD.cost_cents OR NEW.life_years IS NOT OLD.life_years
  OR NEW.residual_cents IS NOT OLD.residual_cents
BEGIN SELECT RAISE(ABORT, 'a fixed asset cannot be changed, only its disposal recorded once'); END;
CREATE TRIGGER fixed_asset_no_delete BEFORE DELETE ON fixed_asset
BEGIN SELECT RAISE(ABORT, 'a fixed asset cannot be deleted: record its disposal'); END;
CREATE TRIGGER posting_tag_closed_year_insert BEFORE INSERT ON posting_tag
WHEN EXISTS (SELECT 1 FROM posting p JOIN fiscal_year f ON f.entity = p.entity AND f.status = 'closed'
             AND p.date BETWEEN f.start_date AND f.end_date WHERE p.id = NEW.posting_id)
BEGIN SELECT RAISE(ABORT, 'a posting dated in a closed fiscal year cannot take a new analytic tag'); END;
CREATE TRIGGER lettering_closed_year_insert BEFORE INSERT ON lettering
WHEN EXISTS (SELECT 1 FROM posting p JOIN fiscal_year f ON f.entity = p.entity AND f.status = 'closed'
             AND p.date BETWEEN f.start_date AND f.end_date WHERE p.id = NEW.posting_id)
BEGIN SELECT RAISE(ABORT, 'a posting dated in a closed fiscal year cannot be lettered; letter its opening entry'); END;
CREATE TRIGGER lettering_closed_year_update BEFORE UPDATE ON lettering
WHEN EXISTS (SELECT 1 FROM posting p JOIN fiscal_year f ON f.entity = p.entity AND f.status = 'closed'
             AND p.date BETWEEN f.start_date AND f.end_date WHERE p.id IN (OLD.posting_id, NEW.posting_id))
BEGIN SELECT RAISE(ABORT, 'the lettering of a posting in a closed fiscal year cannot be changed'); END;
CREATE TRIGGER lettering_closed_year_delete BEFORE DELETE ON lettering
WHEN EXISTS (SELECT 1 FROM posting p JOIN fiscal_year f ON f.entity = p.entity AND f.status = 'closed'
             AND p.date BETWEEN f.start_date AND f.end_date WHERE p.id = OLD.posting_id)
BEGIN SELECT RAISE(ABORT, 'the lettering of a posting in a closed fiscal year cannot be removed'); END;
CREATE TRIGGER grant_tranche_closed_year_insert BEFORE INSERT ON grant_tranche
WHEN EXISTS (SELECT 1 FROM grant_agreement g JOIN fiscal_year f ON f.entity = g.entity AND f.status = 'closed'
             AND NEW.date BETWEEN f.start_date AND f.end_date WHERE g.code = NEW.grant_code)
BEGIN SELECT RAISE(ABORT, 'a grant tranche cannot be dated in a closed fiscal year'); END;
CREATE TRIGGER till_import_day_closed_year_insert BEFORE INSERT ON till_import_day
WHEN EXISTS (SELECT 1 FROM txn t JOIN fiscal_year f ON f.entity = t.entity AND f.status = 'closed'
             AND NEW.date BETWEEN f.start_date AND f.end_date WHERE t.id = NEW.txn_id)
BEGIN SELECT RAISE(ABORT, 'a till day cannot be dated in a closed fiscal year'); END;
CREATE TRIGGER fixed_asset_closed_year_insert BEFORE INSERT ON fixed_asset
WHEN EXISTS (SELECT 1 FROM fiscal_year f WHERE f.entity = NEW.entity AND f.status = 'closed'
             AND NEW.in_service_date BETWEEN f.start_date AND f.end_date)
BEGIN SELECT RAISE(ABORT, 'a fixed asset cannot be put in service in a closed fiscal year'); END;
CREATE TRIGGER fixed_asset_closed_year_disposal BEFORE UPDATE OF disposal_date ON fixed_asset
WHEN NEW.disposal_date IS NOT NULL AND EXISTS (SELECT 1 FROM fiscal_year f WHERE f.entity = NEW.entity
             AND f.status = 'closed' AND NEW.disposal_date BETWEEN f.start_date AND f.end_date)
BEGIN SELECT RAISE(ABORT, 'a fixed asset cannot be disposed of in a closed fiscal year'); END;
CREATE TRIGGER fixed_asset_subsidy_once BEFORE UPDATE OF subsidy_account, subsidy_cents ON fixed_asset
WHEN OLD.subsidy_account IS NOT NULL OR OLD.disposal_date IS NOT NULL
  OR (NEW.subsidy_account IS NULL) <> (NEW.subsidy_cents IS NULL)
  OR NEW.subsidy_cents > NEW.cost_cents
BEGIN SELECT RAISE(ABORT, 'an investment subsidy is linked to an asset once, before its disposal'); END;
CREATE INDEX bank_statement_by_account ON bank_statement(entity, account, id);
CREATE INDEX bank_statement_by_hash ON bank_statement(file_hash);
CREATE INDEX bank_line_by_date ON bank_line(entity, account, booking_date, id);
CREATE INDEX bank_match_line_by_match ON bank_match_line(match_id);
CREATE INDEX bank_match_posting_by_match ON bank_match_posting(match_id);
CREATE TRIGGER bank_statement_no_update BEFORE UPDATE ON bank_statement
BEGIN SELECT RAISE(ABORT, 'a bank statement cannot be changed'); END;
CREATE TRIGGER bank_statement_no_delete BEFORE DELETE ON bank_statement
BEGIN SELECT RAISE(ABORT, 'a bank statement cannot be deleted'); END;
CREATE TRIGGER bank_line_no_update BEFORE UPDATE ON bank_line
BEGIN SELECT RAISE(ABORT, 'a bank statement line cannot be changed'); END;
CREATE TRIGGER bank_line_no_delete BEFORE DELETE ON bank_line
BEGIN SELECT RAISE(ABORT, 'a bank statement line cannot be deleted'); END;
CREATE TRIGGER bank_match_posting_closed_year_insert BEFORE INSERT ON bank_match_posting
WHEN EXISTS (SELECT 1 FROM posting p JOIN fiscal_year f ON f.entity = p.entity AND f.status = 'closed'
             AND p.date BETWEEN f.start_date AND f.end_date WHERE p.id = NEW.posting_id)
BEGIN SELECT RAISE(ABORT, 'a posting dated in a closed fiscal year cannot be matched'); END;
CREATE TRIGGER bank_match_posting_closed_year_delete BEFORE DELETE ON bank_match_posting
WHEN EXISTS (SELECT 1 FROM posting p JOIN fiscal_year f ON f.entity = p.entity AND f.status = 'closed'
             AND p.date BETWEEN f.start_date AND f.end_date WHERE p.id = OLD.posting_id)
BEGIN SELECT RAISE(ABORT, 'the match of a posting in a closed fiscal year cannot be undone'); END;
CREATE TRIGGER bank_match_line_closed_year_insert BEFORE INSERT ON bank_match_line
WHEN EXISTS (SELECT 1 FROM bank_line l JOIN fiscal_year f ON f.entity = l.entity AND f.status = 'closed'
             AND l.booking_date BETWEEN f.start_date AND f.end_date WHERE l.id = NEW.line_id)
BEGIN SELECT RAISE(ABORT, 'a statement line dated in a closed fiscal year cannot be matched'); END;
CREATE TRIGGER bank_match_line_closed_year_delete BEFORE DELETE ON bank_match_line
WHEN EXISTS (SELECT 1 FROM bank_line l JOIN fiscal_year f ON f.entity = l.entity AND f.status = 'closed'
             AND l.booking_date BETWEEN f.start_date AND f.end_date WHERE l.id = OLD.line_id)
BEGIN SELECT RAISE(ABORT, 'the match of a statement line in a closed fiscal year cannot be undone'); END;
CREATE TRIGGER bank_match_no_update BEFORE UPDATE ON bank_match_line
BEGIN SELECT RAISE(ABORT, 'a match cannot be changed: undo it and match again'); END;
CREATE TRIGGER bank_match_posting_no_update BEFORE UPDATE ON bank_match_posting
BEGIN SELECT RAISE(ABORT, 'a match cannot be changed: undo it and match again'); END;
CREATE TRIGGER year_lock_no_update BEFORE UPDATE ON year_lock
BEGIN SELECT RAISE(ABORT, 'the record of a year''s closing cannot be changed'); END;
CREATE TRIGGER year_lock_no_delete BEFORE DELETE ON year_lock
BEGIN SELECT RAISE(ABORT, 'the record of a year''s closing cannot be deleted'); END;
CREATE TRIGGER fiscal_year_lock_on_close AFTER UPDATE OF status ON fiscal_year
WHEN OLD.status = 'open' AND NEW.status = 'closed'
BEGIN
  INSERT INTO year_lock (entity, year, entries, last_chain_position, last_hash)
  SELECT NEW.entity, NEW.year,
         (SELECT count(*) FROM txn WHERE entity = NEW.entity AND status = 'validated' AND fiscal_year = NEW.year),
         last.chain_position, last.hash
  FROM (SELECT 1) LEFT JOIN (SELECT chain_position, hash FROM txn
                             WHERE entity = NEW.entity AND status = 'validated' AND fiscal_year = NEW.year
                             ORDER BY chain_position DESC LIMIT 1) last;
END;
CREATE TRIGGER fec_import_no_update BEFORE UPDATE ON fec_import
BEGIN SELECT RAISE(ABORT, 'a FEC import record cannot be changed'); END;
COMMIT;
PRAGMA application_id = 1129140308;
PRAGMA user_version = 12;
