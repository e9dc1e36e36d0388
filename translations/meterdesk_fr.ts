<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../ui/alerts_panel.cpp" line="+30"/>
        <source>%1 is out of credits</source>
        <translation>%1 n&apos;a plus de crédits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is low on credits</source>
        <translation>%1 a presque épuisé ses crédits</translation>
    </message>
</context>
<context>
    <name>ChainFailureText</name>
    <message>
        <location filename="../models/chain_failure_text.cpp" line="+44"/>
        <source>The key %1 is not the escrow contract&apos;s owner, so the contract refuses the decision. Import the owner&apos;s key (Escrows › Import operator key…).</source>
        <translation>La clé %1 n&apos;est pas celle du propriétaire du contrat de séquestre&#xa0;: le contrat refuse la décision. Importez la clé du propriétaire (Séquestres › Importer la clé d&apos;opérateur…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the escrow&apos;s payer may do this; the key %1 is not the payer&apos;s.</source>
        <translation>Seul le payeur du séquestre peut le faire&#xa0;; la clé %1 n&apos;est pas celle du payeur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contract holds no escrow with this id. Refresh the list, and check that the escrow contract in File › Node settings… is the right one.</source>
        <translation>Le contrat ne détient aucun séquestre avec cet identifiant. Actualisez la liste et vérifiez que le contrat de séquestre dans Fichier › Paramètres du nœud… est le bon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An escrow for this job already exists; a job can be escrowed only once.</source>
        <translation>Un séquestre existe déjà pour cette tâche&#xa0;; une tâche ne peut être mise sous séquestre qu&apos;une fois.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The escrow is no longer in a state that allows this. Refresh the list to see what happened to it.</source>
        <translation>Le séquestre n&apos;est plus dans un état qui le permet. Actualisez la liste pour voir ce qu&apos;il est devenu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The escrow is already %1, so it cannot be decided again. Refresh the list to see its current state.</source>
        <translation>Le séquestre est déjà à l&apos;état «&#xa0;%1&#xa0;»&#xa0;: il ne peut pas être décidé à nouveau. Actualisez la liste pour voir son état actuel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The escrow contract is paused and refuses every decision until its owner unpauses it.</source>
        <translation>Le contrat de séquestre est en pause et refuse toute décision jusqu&apos;à ce que son propriétaire le réactive.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The escrow contract is not paused.</source>
        <translation>Le contrat de séquestre n&apos;est pas en pause.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An address is empty (0x0…0); enter a real address.</source>
        <translation>Une adresse est vide (0x0…0)&#xa0;; saisissez une adresse réelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount is zero; enter an amount above zero.</source>
        <translation>Le montant est nul&#xa0;; saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deadline is not in the future of the node&apos;s clock; choose a later one.</source>
        <translation>L&apos;échéance n&apos;est pas dans le futur selon l&apos;horloge du nœud&#xa0;; choisissez-en une plus tardive.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The escrow&apos;s deadline has passed: only the payer may reclaim it now.</source>
        <translation>L&apos;échéance du séquestre est passée&#xa0;: seul le payeur peut maintenant le récupérer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The escrow&apos;s deadline has not come yet, so it cannot be reclaimed; wait until after the deadline.</source>
        <translation>L&apos;échéance du séquestre n&apos;est pas encore atteinte&#xa0;: il ne peut pas être récupéré&#xa0;; attendez la fin de l&apos;échéance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount to the payee is more than the escrow holds; enter at most the escrowed amount.</source>
        <translation>Le montant au bénéficiaire dépasse ce que détient le séquestre&#xa0;; saisissez au plus le montant en séquestre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token refused to move the tokens to %1. Check the token contract; nothing moved.</source>
        <translation>Le jeton a refusé le transfert vers %1. Vérifiez le contrat du jeton&#xa0;; rien n&apos;a bougé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account %1 holds fewer tokens than needed.</source>
        <translation>Le compte %1 détient moins de jetons que nécessaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payer has not allowed the escrow contract to take that many tokens; the payer must approve it first.</source>
        <translation>Le payeur n&apos;a pas autorisé le contrat de séquestre à prendre autant de jetons&#xa0;; le payeur doit d&apos;abord l&apos;approuver.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contract says: &quot;%1&quot;.</source>
        <translation>Le contrat indique&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contract stopped on an internal error (a failed check or an arithmetic overflow). Nothing moved; report it to the contract&apos;s maintainers.</source>
        <translation>Le contrat s&apos;est arrêté sur une erreur interne (une vérification échouée ou un dépassement arithmétique). Rien n&apos;a bougé&#xa0;; signalez-le aux mainteneurs du contrat.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The contract refuses (%1): %2</source>
        <translation>Le contrat refuse (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contract refuses (%1) for a reason the console does not know. Nothing moved; check that the escrow contract in File › Node settings… is a CreditEscrow.</source>
        <translation>Le contrat refuse (%1) pour une raison que la console ne connaît pas. Rien n&apos;a bougé&#xa0;; vérifiez que le contrat de séquestre dans Fichier › Paramètres du nœud… est un CreditEscrow.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The node could not be reached (%1). Check that it is running and that the node URL in File › Node settings… is right.</source>
        <translation>Le nœud est injoignable (%1). Vérifiez qu&apos;il fonctionne et que l&apos;URL du nœud dans Fichier › Paramètres du nœud… est correcte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The node did not answer in time (%1). It may be busy or unreachable: try again, or check the node URL in File › Node settings….</source>
        <translation>Le nœud n&apos;a pas répondu à temps (%1). Il est peut-être occupé ou injoignable&#xa0;: réessayez, ou vérifiez l&apos;URL du nœud dans Fichier › Paramètres du nœud….</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The node refused the request (%1). Check that the node settings (File › Node settings…) are for this chain; if it goes on, see the node&apos;s log.</source>
        <translation>Le nœud a refusé la requête (%1). Vérifiez que les paramètres du nœud (Fichier › Paramètres du nœud…) correspondent à cette chaîne&#xa0;; si cela persiste, consultez le journal du nœud.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The transaction was mined but failed, so nothing moved. Refresh the escrow and decide again.</source>
        <translation>La transaction a été minée mais a échoué&#xa0;: rien n&apos;a bougé. Actualisez le séquestre et décidez à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node never saw the transaction, so nothing moved. Refresh the escrow and decide again.</source>
        <translation>Le nœud n&apos;a jamais vu la transaction&#xa0;: rien n&apos;a bougé. Actualisez le séquestre et décidez à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password does not open this keystore file. Type it again.</source>
        <translation>Le mot de passe n&apos;ouvre pas ce fichier keystore. Saisissez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node&apos;s answer or the input was not understood (%1).</source>
        <translation>La réponse du nœud ou la saisie n&apos;a pas été comprise (%1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mined in block %1 but refused, so nothing moved. %2</source>
        <translation>Minée dans le bloc %1 mais refusée&#xa0;: rien n&apos;a bougé. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mined in block %1 but failed, with no reason the node could replay: another transaction in the same block may have changed the escrow first, or the gas ran out. Nothing moved: refresh the escrow and decide again.</source>
        <translation>Minée dans le bloc %1 mais échouée, sans raison que le nœud puisse rejouer&#xa0;: une autre transaction du même bloc a peut-être modifié le séquestre avant, ou le gaz s&apos;est épuisé. Rien n&apos;a bougé&#xa0;: actualisez le séquestre et décidez à nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node has not seen the transaction for a long while: it was dropped or never arrived, so nothing moved. Refresh the escrow and decide again.</source>
        <translation>Le nœud n&apos;a pas vu la transaction depuis longtemps&#xa0;: elle a été abandonnée ou n&apos;est jamais arrivée, rien n&apos;a bougé. Actualisez le séquestre et décidez à nouveau.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfileText</name>
    <message>
        <location filename="../ui/connection_profile.cpp" line="+78"/>
        <source>Name: required, so the profile can be chosen later.</source>
        <translation>Nom&#xa0;: obligatoire, pour pouvoir choisir le profil plus tard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>URI: must start with postgresql:// or be key=value settings.</source>
        <translation>URI&#xa0;: doit commencer par postgresql:// ou se composer de paramètres clé=valeur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>URI: must not contain the password; it is kept in the keychain.</source>
        <translation>URI&#xa0;: ne doit pas contenir le mot de passe&#x202f;; il est conservé dans le trousseau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Host: required (a host name or a socket folder).</source>
        <translation>Hôte&#xa0;: obligatoire (un nom d&apos;hôte ou un dossier de socket).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host: a host name, an IP address or a folder starting with &apos;/&apos;.</source>
        <translation>Hôte&#xa0;: un nom d&apos;hôte, une adresse IP ou un dossier commençant par «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port: must be between 1 and 65535.</source>
        <translation>Port&#xa0;: doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: required.</source>
        <translation>Base de données&#xa0;: obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: required.</source>
        <translation>Utilisateur&#xa0;: obligatoire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS mode: must be one of libpq&apos;s sslmode values.</source>
        <translation>Mode TLS&#xa0;: doit être l&apos;une des valeurs sslmode de libpq.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../models/display_format.cpp" line="+74"/>
        <source>Enter an amount of credits.</source>
        <translation>Saisissez un nombre de crédits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an amount of credits: write decimals after &quot;%2&quot; and leave out thousands separators.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre de crédits&#xa0;: écrivez les décimales après «&#xa0;%2&#xa0;» et omettez les séparateurs de milliers.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not an amount of credits: use digits with at most six decimals, like %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre de crédits&#xa0;: utilisez des chiffres avec au plus six décimales, par exemple %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is too large an amount of credits.</source>
        <translation>«&#xa0;%1&#xa0;» est un nombre de crédits trop grand.</translation>
    </message>
</context>
<context>
    <name>IssueText</name>
    <message>
        <location filename="../models/issue_text.cpp" line="+21"/>
        <source>slug must be 1 to 63 lower-case letters, digits or dashes, starting with a letter or digit</source>
        <translation>l&apos;identifiant doit compter de 1 à 63 lettres minuscules, chiffres ou tirets, et commencer par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name must be 1 to 200 characters</source>
        <translation>le nom doit compter de 1 à 200 caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email must look like name@example.com</source>
        <translation>l&apos;e-mail doit avoir la forme nom@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a plan must be chosen</source>
        <translation>une offre doit être choisie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>region must be 2 to 16 lower-case letters, or empty</source>
        <translation>la région doit compter de 2 à 16 lettres minuscules, ou être vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low-credit threshold must not be negative</source>
        <translation>le seuil d&apos;alerte de crédits faibles ne doit pas être négatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wallet address must be 0x followed by 40 lower-case hex digits</source>
        <translation>l&apos;adresse du portefeuille doit être 0x suivi de 40 chiffres hexadécimaux en minuscules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a plan code is required</source>
        <translation>un code d&apos;offre est obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be 1 to 40 characters of a-z, 0-9 and &apos;-&apos;</source>
        <translation>doit compter de 1 à 40 caractères parmi a-z, 0-9 et «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an effective date is required</source>
        <translation>une date d&apos;effet est obligatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be later than the effective date of the version before</source>
        <translation>doit être postérieure à la date d&apos;effet de la version précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be greater than the number of the version before</source>
        <translation>doit être supérieur au numéro de la version précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be one of GET POST PUT PATCH DELETE HEAD OPTIONS *</source>
        <translation>doit être l&apos;une des valeurs GET POST PUT PATCH DELETE HEAD OPTIONS *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overlaps an earlier rule for the same endpoint</source>
        <translation>chevauche une règle précédente pour le même point d&apos;accès</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between 1 and 100000 basis points</source>
        <translation>doit être compris entre 1 et 100000 points de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this region is already listed</source>
        <translation>cette région est déjà listée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeats an earlier rule</source>
        <translation>répète une règle précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at least 1</source>
        <translation>doit valoir au moins 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has the wrong format</source>
        <translation>n&apos;a pas le bon format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is out of range</source>
        <translation>est hors limites</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../ui/navigation.cpp" line="+38"/>
        <source>Tenants</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plans</source>
        <translation>Offres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live usage</source>
        <translation>Utilisation en direct</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escrows</source>
        <translation>Séquestres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/connection_controller.cpp" line="+27"/>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <location filename="../ui/status_indicators.cpp" line="+32"/>
        <location line="+3"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>StoreErrorText</name>
    <message>
        <location filename="../ui/store_error_text.cpp" line="+22"/>
        <source>Someone else changed %1 after you opened it. Your edit is kept: reload to compare, then save again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié %1 après que vous l&apos;avez ouvert. Votre modification est conservée&#xa0;: rechargez pour comparer, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database refused: your role may not change %1.
%2</source>
        <translation>La base de données a refusé&#xa0;: votre rôle ne peut pas modifier %1.
%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the database was lost, so %1 was not changed. Your input is kept: try again once the status bar says connected.
%2</source>
        <translation>La connexion à la base de données a été perdue, %1 n&apos;a donc pas été modifié. Votre saisie est conservée&#xa0;: réessayez dès que la barre d&apos;état indique «&#xa0;Connecté&#xa0;».
%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database refused the change to %1 because it breaks a rule:
%2</source>
        <translation>La base de données a refusé la modification de %1 car elle enfreint une règle&#xa0;:
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database refused the change to %1:
%2</source>
        <translation>La base de données a refusé la modification de %1&#xa0;:
%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 no longer exists: someone may have removed it. Reload to see the current state.
%2</source>
        <translation>%1 n&apos;existe plus&#xa0;: quelqu&apos;un l&apos;a peut-être supprimé. Rechargez pour voir l&apos;état actuel.
%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not change %1:
%2</source>
        <translation>Impossible de modifier %1&#xa0;:
%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection lost</source>
        <translation>Connexion perdue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused by the database</source>
        <translation>Refusé par la base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database error</source>
        <translation>Erreur de base de données</translation>
    </message>
</context>
<context>
    <name>TariffDiff</name>
    <message>
        <location filename="../models/tariff_diff.cpp" line="+48"/>
        <source>Monthly allowance: %1 credits</source>
        <translation>Dotation mensuelle&#xa0;: %1 crédits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default rate limit: %1</source>
        <translation>Limite de débit par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monthly allowance: %1 → %2 credits</source>
        <translation>Dotation mensuelle&#xa0;: %1 → %2 crédits</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default rate limit: %1 → %2</source>
        <translation>Limite de débit par défaut&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Added rule %1: %2</source>
        <translation>Règle %1 ajoutée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed rule %1: %2</source>
        <translation>Règle %1 modifiée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed rule %1 (was %2)</source>
        <translation>Règle %1 supprimée (était %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>per call %1 → %2</source>
        <translation>par appel %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per unit %1 → %2</source>
        <translation>par unité %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>now premium</source>
        <translation>désormais premium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no longer premium</source>
        <translation>plus premium</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rate limit %1 → %2</source>
        <translation>limite de débit %1 → %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added region %1 at %2 bp</source>
        <translation>Région %1 ajoutée à %2 pb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed region %1: %2 → %3 bp</source>
        <translation>Région %1 modifiée&#xa0;: %2 → %3 pb</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed region %1 (was %2 bp)</source>
        <translation>Région %1 supprimée (était %2 pb)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 per call, %2 per unit</source>
        <translation>%1 par appel, %2 par unité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, premium</source>
        <translation>, premium</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, rate limit %1</source>
        <translation>, limite de débit %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 per %2 s</source>
        <translation>%1 par %2 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the default</source>
        <translation>la valeur par défaut</translation>
    </message>
</context>
<context>
    <name>UsageRange</name>
    <message>
        <location filename="../models/usage_range.cpp" line="+76"/>
        <source>5 minutes (live)</source>
        <translation>5 minutes (en direct)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24 hours</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>90 days</source>
        <translation>90 jours</translation>
    </message>
</context>
<context>
    <name>meterdesk</name>
    <message>
        <location filename="../app/meterdesk_main.cpp" line="+73"/>
        <source>The operator console of the metering database.

Without --db, the libpq environment (PGHOST, PGDATABASE, ...) is used when set, else the last connection profile.</source>
        <translation>La console d&apos;exploitation de la base de comptage.

Sans --db, l&apos;environnement libpq (PGHOST, PGDATABASE, ...) est utilisé s&apos;il est défini, sinon le dernier profil de connexion.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connect to this libpq URI, without a dialog.</source>
        <translation>Se connecter à cette URI libpq, sans boîte de dialogue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open this page: %1.</source>
        <translation>Ouvrir cette page&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render every page to PNG files in this folder, then quit.</source>
        <translation>Rendre chaque page en fichiers PNG dans ce dossier, puis quitter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the console in this language for this run: en, de or fr, or a locale such as de_CH (default: View &gt; Language, else the system&apos;s).</source>
        <translation>Afficher la console dans cette langue pour cette exécution&#xa0;: en, de ou fr, ou une locale comme fr_CA (par défaut&#xa0;: Affichage &gt; Langue, sinon celle du système).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The EVM node&apos;s JSON-RPC URL for the Escrows page (default $MD_NODE_URL, else the last one used); the contract comes from $MD_ESCROW_ADDRESS or the settings.</source>
        <translation>L&apos;URL JSON-RPC du nœud EVM pour la page Séquestres (par défaut $MD_NODE_URL, sinon la dernière utilisée)&#x202f;; le contrat vient de $MD_ESCROW_ADDRESS ou des paramètres.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>meterdesk: unknown language &apos;%1&apos; (one of: %2)</source>
        <translation>meterdesk&#xa0;: langue «&#xa0;%1&#xa0;» inconnue (parmi&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>meterdesk: unknown page &apos;%1&apos; (one of: %2)</source>
        <translation>meterdesk&#xa0;: page «&#xa0;%1&#xa0;» inconnue (parmi&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>meterdesk::documents::InvoiceText</name>
    <message>
        <location filename="../core/documents/invoice_pdf.cpp" line="+180"/>
        <source>No usage in this period.</source>
        <translation>Aucune utilisation sur cette période.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Credits are what the prepaid balance was charged at the tariff versions in force; one credit is %1. Times and dates are UTC.</source>
        <translation>Les crédits correspondent aux montants débités du solde prépayé selon les versions tarifaires en vigueur&#x202f;; un crédit vaut %1. Heures et dates en UTC.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voided on %1: %2</source>
        <translation>Annulée le %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>DRAFT</source>
        <translation>BROUILLON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VOID</source>
        <translation>ANNULÉE</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+184"/>
        <source>Tax ID %1</source>
        <translation>N° de TVA %1</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Bill to</source>
        <translation>Facturer à</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tenant %1 (id %2)</source>
        <translation>Client %1 (id %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region %1</source>
        <translation>Région %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue date</source>
        <translation>Date d&apos;émission</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/documents/invoice_text.cpp" line="+30"/>
        <source>not issued yet</source>
        <translation>pas encore émise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price of a credit</source>
        <translation>Prix d&apos;un crédit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corrects invoice</source>
        <translation>Rectifie la facture</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2 (continued)</source>
        <translation>%1 %2 (suite)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount (%1)</source>
        <translation>Montant (%1)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Platform fee (%1)</source>
        <translation>Frais de plateforme (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tax (%1)</source>
        <translation>Taxes (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax (%1, region %2)</source>
        <translation>Taxes (%1, région %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total credited</source>
        <translation>Total crédité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total due</source>
        <translation>Total à payer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Credit account in the period</source>
        <translation>Compte de crédits sur la période</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Top-ups</source>
        <translation>Recharges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>Consommés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowance granted</source>
        <translation>Dotation accordée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjustments</source>
        <translation>Ajustements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expirés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 credits</source>
        <translation>%1 crédits</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location filename="../core/documents/invoice_text.cpp" line="-5"/>
        <source>Draft credit note</source>
        <translation>Brouillon d&apos;avoir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft invoice</source>
        <translation>Brouillon de facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>issued</source>
        <translation>émise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>void</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>d MMM yyyy</source>
        <extracomment>QDate format pattern of dates on invoices: d day, MMM abbreviated month, yyyy year.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>MMMM yyyy</source>
        <extracomment>QDate format pattern of a calendar month on invoices: MMMM month name, yyyy year.</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Monthly allowance</source>
        <translation>Dotation mensuelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded credits</source>
        <translation>Crédits remboursés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escrow settlement</source>
        <translation>Règlement de séquestre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>plan %1, version %2</source>
        <translation>offre %1, version %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 credits per call</source>
        <translation>%1 crédits par appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 credits per unit</source>
        <translation>%1 crédits par unité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>free credits of the period, applied to usage first</source>
        <translation>crédits gratuits de la période, imputés en premier sur l&apos;utilisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>credits returned to the account in the period</source>
        <translation>crédits restitués au compte sur la période</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>transaction %1</source>
        <translation>transaction %1</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::AlertModel</name>
    <message>
        <location filename="../models/alert_model.cpp" line="+44"/>
        <source>Credits exhausted</source>
        <translation>Crédits épuisés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low credit</source>
        <translation>Crédits faibles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::ApiKeyModel</name>
    <message>
        <location filename="../models/api_key_model.cpp" line="+41"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked %1</source>
        <translation>Révoquée le %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::AuditLogModel</name>
    <message>
        <location filename="../models/audit_log_model.cpp" line="+75"/>
        <source>Tenant %1, which no longer exists</source>
        <translation>Client %1, qui n’existe plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant id %1</source>
        <translation>Identifiant du client %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database role</source>
        <translation>Rôle SQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::EndpointRuleTableModel</name>
    <message>
        <location filename="../models/endpoint_rule_table_model.cpp" line="+75"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint</source>
        <translation>Point d&apos;accès</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits per call</source>
        <translation>Crédits par appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits per unit</source>
        <translation>Crédits par unité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate limit (requests)</source>
        <translation>Limite de débit (requêtes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate limit (seconds)</source>
        <translation>Limite de débit (secondes)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>&quot;%1&quot; is not a whole number; leave the cell empty to use the plan&apos;s default rate limit.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier&#x202f;; laissez la cellule vide pour utiliser la limite de débit par défaut de l&apos;offre.</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::EscrowDesk</name>
    <message>
        <location filename="../models/escrow_desk.cpp" line="+44"/>
        <source>release</source>
        <translation>libération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refund</source>
        <translation>remboursement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>settle</source>
        <translation>règlement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 pending</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 confirmed in block %2</source>
        <translation>%1 confirmé dans le bloc %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed: %2</source>
        <translation>%1 en échec&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Release %1 to the payee</source>
        <translation>Libérer %1 au bénéficiaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve the refund of %1</source>
        <translation>Approuver le remboursement de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settle %1 by usage</source>
        <translation>Régler %1 selon l&apos;utilisation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 go to the payee %2</source>
        <translation>%1 vont au bénéficiaire %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 go back to the payer %2</source>
        <translation>%1 retournent au payeur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing moves: the escrow holds no tokens.</source>
        <translation>Rien ne bouge&#xa0;: le séquestre ne contient aucun jeton.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the escrow of %1, %2.</source>
        <translation>Sur le séquestre de %1, %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>at most %1 ETH (%2 gas at up to %3 gwei), paid by %4</source>
        <translation>au plus %1 ETH (%2 gas à %3 gwei au plus), payé par %4</translation>
    </message>
    <message>
        <location line="+440"/>
        <source>Not sent, so nothing moved: %1</source>
        <translation>Non envoyée, donc rien n&apos;a bougé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was sent: the decision could not be recorded in the metering database (%1). Check the connection and try again.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: la décision n&apos;a pas pu être enregistrée dans la base de comptage (%1). Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>Tenants and decisions could not be read: %1</source>
        <translation>Impossible de lire les clients et les décisions&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The node is not connected yet.</source>
        <translation>Le nœud n&apos;est pas encore connecté.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No operator key for chain %1: import it first (Escrows › Import operator key…).</source>
        <translation>Aucune clé d&apos;opérateur pour la chaîne %1&#xa0;: importez-la d&apos;abord (Séquestres › Importer la clé d&apos;opérateur…).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The escrow %1 is not on the list; refresh first.</source>
        <translation>Le séquestre %1 n&apos;est pas dans la liste&#x202f;; actualisez d&apos;abord.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Amount to the payee: a settlement needs one.</source>
        <translation>Montant au bénéficiaire&#xa0;: un règlement en exige un.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount to the payee: at most the escrowed %1.</source>
        <translation>Montant au bénéficiaire&#xa0;: au plus les %1 en séquestre.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The outcome could not be recorded (%1); it stays pending and is followed again on the next start.</source>
        <translation>Le résultat n&apos;a pas pu être enregistré (%1)&#x202f;; il reste en attente et sera de nouveau suivi au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pending decisions could not be read: %1</source>
        <translation>Impossible de lire les décisions en attente&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::EscrowModel</name>
    <message>
        <location filename="../models/escrow_model.cpp" line="+52"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refund requested</source>
        <translation>remboursement demandé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>released</source>
        <translation>libéré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refunded</source>
        <translation>remboursé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>settled</source>
        <translation>réglé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reclaimed</source>
        <translation>récupéré</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payer</source>
        <translation>Payeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payee</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::InvoiceListModel</name>
    <message>
        <location filename="../models/invoice_list_model.cpp" line="+89"/>
        <source>Not invoiced</source>
        <translation>Non facturé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credit note draft</source>
        <translation>Brouillon d&apos;avoir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+78"/>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Void</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The tenant has usage in this period but no invoice yet</source>
        <translation>Le client a de l&apos;utilisation sur cette période mais pas encore de facture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved but not issued: it has no number and can still change</source>
        <translation>Enregistrée mais non émise&#xa0;: elle n&apos;a pas de numéro et peut encore changer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrects invoice %1</source>
        <translation>Rectifie la facture %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued: numbered and sealed; the database refuses changes</source>
        <translation>Émise&#xa0;: numérotée et scellée&#x202f;; la base de données refuse toute modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voided: %1</source>
        <translation>Annulée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Tenant</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::LedgerModel</name>
    <message>
        <location filename="../models/ledger_model.cpp" line="+11"/>
        <source>Grant</source>
        <translation>Dotation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top-up</source>
        <translation>Recharge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::NodeSettings</name>
    <message>
        <location filename="../models/node_settings.cpp" line="+90"/>
        <source>Node URL: no EVM node is configured (--node URL or MD_NODE_URL)</source>
        <translation>URL du nœud&#xa0;: aucun nœud EVM n&apos;est configuré (--node URL ou MD_NODE_URL)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Node URL: must start with http:// or https://</source>
        <translation>URL du nœud&#xa0;: doit commencer par http:// ou https://</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Node URL: required, e.g. http://127.0.0.1:8545</source>
        <translation>URL du nœud&#xa0;: obligatoire, par ex. http://127.0.0.1:8545</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Escrow contract: must be 0x and 40 hex digits (MD_ESCROW_ADDRESS)</source>
        <translation>Contrat de séquestre&#xa0;: doit être 0x et 40 chiffres hexadécimaux (MD_ESCROW_ADDRESS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmations: must be at least 1</source>
        <translation>Confirmations&#xa0;: au moins 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settlement rate: must be a number above zero, e.g. 0.5</source>
        <translation>Taux de règlement&#xa0;: doit être un nombre supérieur à zéro, par ex. 0.5</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::OperatorKeyring</name>
    <message>
        <location filename="../models/operator_keyring.cpp" line="+57"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Private key: %1 (64 hex digits, optionally after 0x)</source>
        <translation>Clé privée&#xa0;: %1 (64 chiffres hexadécimaux, éventuellement après 0x)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keystore password: it does not open this keystore file</source>
        <translation>Mot de passe du keystore&#xa0;: il n&apos;ouvre pas ce fichier keystore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keystore file: %1</source>
        <translation>Fichier keystore&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Private key: %1</source>
        <translation>Clé privée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The keychain refused to store the key: %1</source>
        <translation>Le trousseau a refusé d&apos;enregistrer la clé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stored operator key</source>
        <translation>Clé d&apos;opérateur enregistrée</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The keychain refused to read the key: %1</source>
        <translation>Le trousseau a refusé de lire la clé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The keychain refused to remove the key: %1</source>
        <translation>Le trousseau a refusé de supprimer la clé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::PlanListModel</name>
    <message>
        <location filename="../models/plan_list_model.cpp" line="+40"/>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next version from</source>
        <translation>Prochaine version le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenants</source>
        <translation>Clients</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::PlanVersionListModel</name>
    <message>
        <location filename="../models/plan_version_list_model.cpp" line="+53"/>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Superseded</source>
        <translation>Remplacée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 per %2 s</source>
        <translation>%1 par %2 s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effective from</source>
        <translation>Date d&apos;effet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly allowance</source>
        <translation>Dotation mensuelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default rate limit</source>
        <translation>Limite de débit par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::RegionMultiplierTableModel</name>
    <message>
        <location filename="../models/region_multiplier_table_model.cpp" line="+70"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basis points (10000 = ×1)</source>
        <translation>Points de base (10000 = ×1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; is not a whole number of basis points (10000 means ×1).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de points de base (10000 signifie ×1).</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::TenantTableModel</name>
    <message>
        <location filename="../models/tenant_table_model.cpp" line="+83"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Slug</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::UsageChartModel</name>
    <message>
        <location filename="../models/usage_chart_model.cpp" line="+132"/>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowed</source>
        <translation>Autorisés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in plan</source>
        <translation>Hors offre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Premium required</source>
        <translation>Premium requis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate limited</source>
        <translation>Limite de débit atteinte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No credits</source>
        <translation>Sans crédits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::UsageRankingModel</name>
    <message>
        <location filename="../models/usage_ranking_model.cpp" line="+53"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denied</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::AlertsPanel</name>
    <message>
        <location filename="../ui/alerts_panel.cpp" line="+19"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acquitter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark the selected alert as seen; the audit log records that you did</source>
        <translation>Marquer l&apos;alerte sélectionnée comme vue&#x202f;; le journal d&apos;audit enregistre que vous l&apos;avez fait</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>acknowledge alerts</source>
        <translation>acquitter des alertes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alert acknowledged.</source>
        <translation>Alerte acquittée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not acknowledge the alert: %1</source>
        <translation>Impossible d&apos;acquitter l&apos;alerte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Meterdesk alert</source>
        <translation>Alerte Meterdesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meterdesk</source>
        <translation>Meterdesk</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>none open</source>
        <translation>aucune ouverte</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n ouverte</numerusform>
            <numerusform>%n ouvertes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::ApiKeySecretDialog</name>
    <message>
        <location filename="../ui/api_key_secret_dialog.cpp" line="+22"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New API key for %1</source>
        <translation>Nouvelle clé d&apos;API pour %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;This secret is shown only now.&lt;/b&gt; Copy it and hand it to the tenant over a safe channel: Meterdesk keeps only its hash and cannot show it again.</source>
        <translation>&lt;b&gt;Ce secret n&apos;est affiché que maintenant.&lt;/b&gt; Copiez-le et transmettez-le au client par un canal sûr&#xa0;: Meterdesk n&apos;en conserve que l&apos;empreinte et ne peut plus l&apos;afficher.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The API key the tenant&apos;s requests carry</source>
        <translation>La clé d&apos;API que portent les requêtes du client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the secret to the clipboard</source>
        <translation>Copier le secret dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prefix:</source>
        <translation>Préfixe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label:</source>
        <translation>Libellé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret:</source>
        <translation>Secret&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have copied it</source>
        <translation>Je l&apos;ai copié</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::AuditLogPage</name>
    <message>
        <location filename="../ui/audit_log_page.cpp" line="+81"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The row before the change</source>
        <translation>La ligne avant la modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The row after the change</source>
        <translation>La ligne après la modification</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 entries loaded, newest first; older ones load as you scroll</source>
        <translation>%1 entrées chargées, les plus récentes d&apos;abord&#x202f;; les plus anciennes se chargent au défilement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 entries, newest first</source>
        <translation>%1 entrées, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not load the audit log: %1</source>
        <translation>Impossible de charger le journal d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tenant slug or id</source>
        <translation>Identifiant ou id du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only changes to one tenant&apos;s rows; press Enter to apply</source>
        <translation>Uniquement les modifications des lignes d&apos;un client&#x202f;; appuyez sur Entrée pour appliquer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only changes made by one operator</source>
        <translation>Uniquement les modifications d&apos;un opérateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only changes to one table</source>
        <translation>Uniquement les modifications d&apos;une table</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only changes at or after this local time</source>
        <translation>Uniquement les modifications à partir de cette heure locale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only changes before this local time</source>
        <translation>Uniquement les modifications avant cette heure locale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit the entries to a start time</source>
        <translation>Limiter les entrées à une heure de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit the entries to an end time</source>
        <translation>Limiter les entrées à une heure de fin</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No tenant %1</source>
        <translation>Aucun client %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Any operator</source>
        <translation>Tous les opérateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any table</source>
        <translation>Toutes les tables</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an entry to compare the row before and after the change.</source>
        <translation>Sélectionnez une entrée pour comparer la ligne avant et après la modification.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none: the row was inserted)</source>
        <translation>(aucune&#xa0;: la ligne a été insérée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none: the row was deleted)</source>
        <translation>(aucune&#xa0;: la ligne a été supprimée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No field changed.</source>
        <translation>Aucun champ modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed: %1</source>
        <translation>Modifié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::ConnectionController</name>
    <message>
        <location filename="../ui/connection_controller.cpp" line="+105"/>
        <source>The server refused the login of %1: %2</source>
        <translation>Le serveur a refusé la connexion de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/connection_dialog.cpp" line="+28"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server details</source>
        <translation>Détails du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection URI</source>
        <translation>URI de connexion</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+255"/>
        <source>Remember the password in the system keychain</source>
        <translation>Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>Connect to a metering database</source>
        <translation>Se connecter à une base de comptage</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved connection profiles</source>
        <translation>Profils de connexion enregistrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new connection profile</source>
        <translation>Commencer un nouveau profil de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected profile and its stored password</source>
        <translation>Supprimer le profil sélectionné et son mot de passe enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A name to find this profile by</source>
        <translation>Un nom pour retrouver ce profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give host, port, database and user separately</source>
        <translation>Indiquer séparément l&apos;hôte, le port, la base de données et l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a libpq connection URI, e.g. postgresql://alice@db.example.com/meterdesk</source>
        <translation>Indiquer une URI de connexion libpq, par ex. postgresql://alice@db.example.com/meterdesk</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>db.example.com or /var/run/postgresql</source>
        <translation>db.example.com ou /var/run/postgresql</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A host name, an IP address, or the folder of a Unix socket</source>
        <translation>Un nom d&apos;hôte, une adresse IP ou le dossier d&apos;un socket Unix</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s port (PostgreSQL&apos;s default is 5432)</source>
        <translation>Le port du serveur (5432 par défaut pour PostgreSQL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The metering database&apos;s name</source>
        <translation>Le nom de la base de comptage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PostgreSQL role to log in as</source>
        <translation>Le rôle PostgreSQL avec lequel se connecter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>libpq&apos;s sslmode: verify-full checks the server&apos;s certificate and name</source>
        <translation>sslmode de libpq&#xa0;: verify-full vérifie le certificat et le nom du serveur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A libpq connection URI or key=value settings, without the password</source>
        <translation>Une URI de connexion libpq ou des paramètres clé=valeur, sans le mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty when the server needs none (peer, trust or ~/.pgpass)</source>
        <translation>Laisser vide si le serveur n&apos;en demande pas (peer, trust ou ~/.pgpass)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in the system keychain, never in Meterdesk&apos;s settings</source>
        <translation>Enregistré dans le trousseau du système, jamais dans les paramètres de Meterdesk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect with:</source>
        <translation>Se connecter avec&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host or socket folder:</source>
        <translation>Hôte ou dossier de socket&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS mode:</source>
        <translation>Mode TLS&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URI:</source>
        <translation>URI&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Remember the password until Meterdesk quits</source>
        <translation>Mémoriser le mot de passe jusqu&apos;à la fermeture de Meterdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keychain is available: the password is kept in memory only and asked for again next time.</source>
        <translation>Aucun trousseau système n&apos;est disponible&#xa0;: le mot de passe est conservé en mémoire uniquement et redemandé la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::CreditDialog</name>
    <message>
        <location filename="../ui/credit_dialog.cpp" line="+31"/>
        <source>Top up %1</source>
        <translation>Recharger %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjust credits of %1</source>
        <translation>Ajuster les crédits de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 25</source>
        <translation>par ex. 25</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. -5 or 12.5</source>
        <translation>par ex. -5 ou 12,5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credits to add, up to six decimals</source>
        <translation>Crédits à ajouter, jusqu&apos;à six décimales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits to add (positive) or remove (negative), up to six decimals</source>
        <translation>Crédits à ajouter (positif) ou à retirer (négatif), jusqu&apos;à six décimales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why: an order number, a ticket, a goodwill gesture…</source>
        <translation>Pourquoi&#xa0;: un numéro de commande, un ticket, un geste commercial…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded in the ledger and the audit log</source>
        <translation>Consigné dans le journal des crédits et le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tenant:</source>
        <translation>Client&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance:</source>
        <translation>Solde&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits:</source>
        <translation>Crédits&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Top up…</source>
        <translation>Recharger…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adjust…</source>
        <translation>Ajuster…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>out of range</source>
        <translation>hors limites</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1 credits from %2 (balance %3 → %4)?</source>
        <translation>Retirer %1 crédits à %2 (solde %3 → %4)&#x202f;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add %1 credits to %2 (balance %3 → %4)?</source>
        <translation>Ajouter %1 crédits à %2 (solde %3 → %4)&#x202f;?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Credits: required.</source>
        <translation>Crédits&#xa0;: obligatoire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credits: a top-up must be more than zero.</source>
        <translation>Crédits&#xa0;: une recharge doit être supérieure à zéro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits: an adjustment must not be zero.</source>
        <translation>Crédits&#xa0;: un ajustement ne doit pas être nul.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: required; it goes into the ledger.</source>
        <translation>Motif&#xa0;: obligatoire&#x202f;; il est inscrit au journal des crédits.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Confirm top-up</source>
        <translation>Confirmer la recharge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm adjustment</source>
        <translation>Confirmer l&apos;ajustement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top up</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adjust</source>
        <translation>Ajuster</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::DatabaseStatusIndicator</name>
    <message>
        <location filename="../ui/status_indicators.cpp" line="+37"/>
        <source>the metering database</source>
        <translation>la base de comptage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use File › Connect… to choose a metering database</source>
        <translation>Utilisez Fichier › Se connecter… pour choisir une base de comptage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to %1 was lost</source>
        <translation>La connexion à %1 a été perdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to %1 was lost: %2</source>
        <translation>La connexion à %1 a été perdue&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connected, reading the role…</source>
        <translation>Connecté, lecture du rôle…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected as %1 · PostgreSQL %2</source>
        <translation>Connecté en tant que %1 · PostgreSQL %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
PostgreSQL %2
Round trip measured every few seconds</source>
        <translation>%1
PostgreSQL %2
Temps d&apos;aller-retour mesuré toutes les quelques secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The metering database</source>
        <translation>La base de comptage</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::EscrowDecisionDialog</name>
    <message>
        <location filename="../ui/escrow_decision_dialog.cpp" line="+22"/>
        <source>released</source>
        <translation>libéré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refunded</source>
        <translation>remboursé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>settled</source>
        <translation>réglé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Succeeds on the latest block: the escrow ends %1, the payee receives %2 and the payer %3.</source>
        <translation>Réussit sur le dernier bloc&#xa0;: le séquestre se termine %1, le bénéficiaire reçoit %2 et le payeur %3.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>What moves</source>
        <translation>Ce qui bouge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, the operator key of chain %2 from the keychain</source>
        <translation>%1, la clé d&apos;opérateur de la chaîne %2 depuis le trousseau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once sent, the decision is recorded as pending and followed until it is confirmed on chain; it cannot be taken back.</source>
        <translation>Une fois envoyée, la décision est enregistrée en attente et suivie jusqu&apos;à sa confirmation sur la chaîne&#x202f;; elle ne peut pas être reprise.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sign and send</source>
        <translation>&amp;Signer et envoyer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign the transaction with the operator key and send it to the node</source>
        <translation>Signer la transaction avec la clé d&apos;opérateur et l&apos;envoyer au nœud</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::EscrowsPage</name>
    <message>
        <location filename="../ui/escrows_page.cpp" line="+97"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirmed</source>
        <translation>confirmée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Escrows on the node; refund requests first, then open ones</source>
        <translation>Séquestres sur le nœud&#x202f;; les demandes de remboursement d&apos;abord, puis les ouverts</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No EVM node is configured: choose File › Node settings… (Ctrl+Shift+E), start Meterdesk with --node URL, or set MD_NODE_URL and MD_ESCROW_ADDRESS.</source>
        <translation>Aucun nœud EVM n&apos;est configuré&#xa0;: choisissez Fichier › Paramètres du nœud… (Ctrl+Maj+E), lancez Meterdesk avec --node URL, ou définissez MD_NODE_URL et MD_ESCROW_ADDRESS.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The EVM node cannot be used: %1</source>
        <translation>Le nœud EVM est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The escrow contract is paused: it refuses every decision until its owner unpauses it. Payers may still reclaim after the deadline.</source>
        <translation>Le contrat de séquestre est en pause&#xa0;: il refuse toute décision jusqu&apos;à ce que son propriétaire le réactive. Les payeurs peuvent toujours récupérer leurs fonds après l&apos;échéance.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Escrows could not be read: %1</source>
        <translation>Impossible de lire les séquestres&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The evidence could not be read: %1</source>
        <translation>Impossible de lire les justificatifs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refused before signing</source>
        <translation>Refusé avant signature</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decision %1 sent, pending: transaction %2</source>
        <translation>Décision %1 envoyée, en attente&#xa0;: transaction %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decision %1 confirmed in block %2</source>
        <translation>Décision %1 confirmée dans le bloc %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision %1 failed: %2</source>
        <translation>Décision %1 en échec&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Approve &amp;refund…</source>
        <translation>Approuver le &amp;remboursement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return the whole escrow to the payer (Ctrl+Alt+R)</source>
        <translation>Rendre tout le séquestre au payeur (Ctrl+Alt+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;lease…</source>
        <translation>&amp;Libérer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Alt+L</source>
        <translation>Ctrl+Alt+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay the whole escrow to the payee (Ctrl+Alt+L)</source>
        <translation>Verser tout le séquestre au bénéficiaire (Ctrl+Alt+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settle…</source>
        <translation>Ré&amp;gler…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay the payee by the job&apos;s metered usage and return the rest (Ctrl+Alt+S)</source>
        <translation>Payer le bénéficiaire selon l&apos;utilisation comptée de la tâche et rendre le reste (Ctrl+Alt+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import operator key…</source>
        <translation>&amp;Importer la clé d&apos;opérateur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Alt+K</source>
        <translation>Ctrl+Alt+K</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store the escrow owner&apos;s signing key in the system keychain (Ctrl+Alt+K)</source>
        <translation>Enregistrer la clé de signature du propriétaire du séquestre dans le trousseau du système (Ctrl+Alt+K)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>decide escrows</source>
        <translation>décider des séquestres</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show escrows in this state</source>
        <translation>Afficher les séquestres dans cet état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undecided</source>
        <translation>Non décidés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund requested</source>
        <translation>Remboursement demandé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Libérés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Remboursés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <translation>Réglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reclaimed</source>
        <translation>Récupérés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search job, payer, payee or tenant</source>
        <translation>Rechercher une tâche, un payeur, un bénéficiaire ou un client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part of a job reference, a wallet address or a tenant&apos;s slug</source>
        <translation>Une partie d&apos;une référence de tâche, d&apos;une adresse de portefeuille ou de l&apos;identifiant d&apos;un client</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading escrows from the node</source>
        <translation>Lecture des séquestres depuis le nœud</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+78"/>
        <source>Select an escrow to see its history and the job&apos;s usage.</source>
        <translation>Sélectionnez un séquestre pour voir son historique et l&apos;utilisation de la tâche.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The escrow&apos;s events on chain, oldest first</source>
        <translation>Les événements du séquestre sur la chaîne, les plus anciens d&apos;abord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operators&apos; decisions on this escrow, as recorded in the metering database</source>
        <translation>Les décisions des opérateurs sur ce séquestre, telles qu&apos;enregistrées dans la base de comptage</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;Payer %4%5 · payee %6&lt;br&gt;Opened %7 · deadline %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;Payeur %4%5 · bénéficiaire %6&lt;br&gt;Ouvert le %7 · échéance %8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (no tenant has this wallet)</source>
        <translation> (aucun client n&apos;a ce portefeuille)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (tenant %1)</source>
        <translation> (client %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the history and the job&apos;s usage…</source>
        <translation>Lecture de l&apos;historique et de l&apos;utilisation de la tâche…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No tenant has the payer&apos;s wallet, so no metered usage can be matched to this job.</source>
        <translation>Aucun client n&apos;a le portefeuille du payeur&#xa0;: aucune utilisation comptée ne peut être rattachée à cette tâche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tenant %1 has no metered calls for job %2.</source>
        <translation>Le client %1 n&apos;a aucun appel compté pour la tâche %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Metered usage of job %1 by %2: %3 calls allowed, %4 denied, %5 units, %6 credits</source>
        <translation>Utilisation comptée de la tâche %1 par %2&#xa0;: %3 appels autorisés, %4 refusés, %5 unités, %6 crédits</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> = %1 at %2 %3 per credit.&lt;br&gt;&lt;b&gt;Suggested settlement:&lt;/b&gt; %4 to the payee, %5 back to the payer.</source>
        <translation> = %1 à %2 %3 par crédit.&lt;br&gt;&lt;b&gt;Règlement suggéré&#xa0;:&lt;/b&gt; %4 au bénéficiaire, %5 rendus au payeur.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Transaction hash</source>
        <translation>Hash de transaction</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>block %1</source>
        <translation>bloc %1</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n escrow(s)</source>
        <translation>
            <numerusform>%n séquestre</numerusform>
            <numerusform>%n séquestres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n escrow(s)</source>
        <translation>
            <numerusform>%1 sur %n séquestre</numerusform>
            <numerusform>%1 sur %n séquestres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+27"/>
        <source>Simulating on the latest block…</source>
        <translation>Simulation sur le dernier bloc…</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Settle %1</source>
        <translation>Régler %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount to the payee in %1 (at most %2); the rest goes back to the payer. Suggested by the job&apos;s usage:</source>
        <translation>Montant au bénéficiaire en %1 (au plus %2)&#x202f;; le reste retourne au payeur. Suggestion selon l&apos;utilisation de la tâche&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Review…</source>
        <translation>&amp;Vérifier…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Amount to the payee: %1</source>
        <translation>Montant au bénéficiaire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settle</source>
        <translation>Régler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount to the payee: a number of %1 with at most %2 decimals (%3)</source>
        <translation>Montant au bénéficiaire&#xa0;: un nombre de %1 avec au plus %2 décimales (%3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Awaiting your confirmation: %1</source>
        <translation>En attente de votre confirmation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing and sending: %1</source>
        <translation>Signature et envoi&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connect to an EVM node first: the key is kept per chain.</source>
        <translation>Connectez-vous d&apos;abord à un nœud EVM&#xa0;: la clé est conservée par chaîne.</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::InvoiceExportJob</name>
    <message>
        <location filename="../ui/invoice_export_job.cpp" line="+28"/>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Invoice %1 of tenant %2 no longer exists</source>
        <translation>La facture %1 du client %2 n&apos;existe plus</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::InvoicePreview</name>
    <message>
        <location filename="../ui/invoice_preview.cpp" line="+36"/>
        <source>Computed now from the rollups; not saved. Issuing stores exactly this.</source>
        <translation>Calculée à l&apos;instant à partir des agrégats&#x202f;; non enregistrée. L&apos;émission enregistre exactement ceci.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved draft: issuing computes it again from the rollups.</source>
        <translation>Brouillon enregistré&#xa0;: l&apos;émission le recalcule à partir des agrégats.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued %1 by %2; sealed, SHA-256 %3…</source>
        <translation>Émise le %1 par %2&#x202f;; scellée, SHA-256 %3…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Void since %1: %2</source>
        <translation>Annulée depuis le %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No usage in this period.</source>
        <translation>Aucune utilisation sur cette période.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (%1)</source>
        <translation>Montant (%1)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform fee (%1)</source>
        <translation>Frais de plateforme (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tax (%1)</source>
        <translation>Taxes (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total credited</source>
        <translation>Total crédité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total due</source>
        <translation>Total à payer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Corrects invoice %1</source>
        <translation>Rectifie la facture %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period %1 · plan %2 · region %3</source>
        <translation>Période %1 · offre %2 · région %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price of a credit: %1</source>
        <translation>Prix d&apos;un crédit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::InvoicesPage</name>
    <message>
        <location filename="../ui/invoices_page.cpp" line="+97"/>
        <location line="+274"/>
        <source>Select an invoice or a tenant to preview it.</source>
        <translation>Sélectionnez une facture ou un client pour en afficher l&apos;aperçu.</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Could not load the invoices: %1</source>
        <translation>Impossible de charger les factures&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Issue…</source>
        <translation>É&amp;mettre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue the selected tenant&apos;s invoice for the period: it gets the next number of the year and can no longer change</source>
        <translation>Émettre la facture du client sélectionné pour la période&#xa0;: elle reçoit le numéro suivant de l&apos;année et ne peut plus changer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Void…</source>
        <translation>&amp;Annuler…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void the selected issued invoice, with a reason</source>
        <translation>Annuler la facture émise sélectionnée, avec un motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Credit note…</source>
        <translation>A&amp;voir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the selected issued invoice: issue a credit note that negates it</source>
        <translation>Rectifier la facture émise sélectionnée&#xa0;: émettre un avoir qui l&apos;annule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue &amp;all…</source>
        <translation>&amp;Tout émettre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue the period&apos;s invoice of every tenant with usage that has none yet</source>
        <translation>Émettre la facture de la période pour chaque client ayant de l&apos;utilisation et pas encore de facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export selected…</source>
        <translation>E&amp;xporter la sélection…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the selected invoices as PDF and CSV into a folder</source>
        <translation>Écrire les factures sélectionnées en PDF et CSV dans un dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;period…</source>
        <translation>Exporter la &amp;période…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every issued invoice of the period, for all tenants, as PDF and CSV into a folder</source>
        <translation>Écrire toutes les factures émises de la période, pour tous les clients, en PDF et CSV dans un dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the month before</source>
        <translation>Afficher le mois précédent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the month after</source>
        <translation>Afficher le mois suivant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel export</source>
        <translation>Annuler l&apos;export</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>issue invoices</source>
        <translation>émettre des factures</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>void invoices</source>
        <translation>annuler des factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issue credit notes</source>
        <translation>émettre des avoirs</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The invoiced month (UTC). Previous/next month: %1 / %2</source>
        <translation>Le mois facturé (UTC). Mois précédent/suivant&#xa0;: %1 / %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search tenant slug or name (Ctrl+F)</source>
        <translation>Rechercher l&apos;identifiant ou le nom du client (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only tenants whose slug or name contains this text</source>
        <translation>N&apos;afficher que les clients dont l&apos;identifiant ou le nom contient ce texte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show only rows in this state</source>
        <translation>N&apos;afficher que les lignes dans cet état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not invoiced</source>
        <translation>Non facturé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Émises</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+268"/>
        <source>Void</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%v of %m invoices</source>
        <translation>%v sur %m factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop after the invoice being written or issued (Esc): files stay complete, issued invoices stay issued</source>
        <translation>Arrêter après la facture en cours d&apos;écriture ou d&apos;émission (Échap)&#xa0;: les fichiers restent complets, les factures émises le restent</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%n row(s) for %1</source>
        <translation>
            <numerusform>%n ligne pour %1</numerusform>
            <numerusform>%n lignes pour %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (more as you scroll)</source>
        <translation> (d&apos;autres au défilement)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n invoices selected: Export selected writes them all.</source>
        <translation>
            <numerusform>%n facture sélectionnée&#xa0;: Exporter la sélection l&apos;écrit.</numerusform>
            <numerusform>%n factures sélectionnées&#xa0;: Exporter la sélection les écrit toutes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading the invoice…</source>
        <translation>Chargement de la facture…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computing the draft from the rollups…</source>
        <translation>Calcul du brouillon à partir des agrégats…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No preview</source>
        <translation>Pas d&apos;aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <location line="+58"/>
        <location line="+83"/>
        <location line="+23"/>
        <source>this invoice</source>
        <translation>cette facture</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Issue invoice</source>
        <translation>Émettre la facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue the %1 invoice of %2 (%3)?</source>
        <translation>Émettre la facture de %1 pour %2 (%3)&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>It gets the next number of %1 — %2 unless another invoice is issued first — in the same transaction, and can no longer change afterwards: a correction takes a credit note.

Total due: %3 (%4 credits), %n line(s).</source>
        <translation>
            <numerusform>Elle reçoit le numéro suivant de %1 — %2, sauf si une autre facture est émise avant — dans la même transaction, et ne peut plus changer ensuite&#xa0;: une correction passe par un avoir.

Total à payer&#xa0;: %3 (%4 crédits), %n ligne.</numerusform>
            <numerusform>Elle reçoit le numéro suivant de %1 — %2, sauf si une autre facture est émise avant — dans la même transaction, et ne peut plus changer ensuite&#xa0;: une correction passe par un avoir.

Total à payer&#xa0;: %3 (%4 crédits), %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Issue</source>
        <translation>Émettre</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Issued invoice %1 for %2</source>
        <translation>Facture %1 émise pour %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice issued</source>
        <translation>Facture émise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invoice of %1 for %2 is issued as number %3.</source>
        <translation>La facture de %1 pour %2 est émise sous le numéro %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not issued</source>
        <translation>Non émise</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Void invoice %1</source>
        <translation>Annuler la facture %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void invoice %1 of %2?

It keeps its number (numbers stay gapless) and stays on record, marked void with your reason; the tenant&apos;s period can then be invoiced again. Voiding makes no credit note: if the tenant already has the invoice, correct it with a credit note (Credit note…), a document of its own that references it.

Reason (required, at most %3 characters):</source>
        <translation>Annuler la facture %1 de %2&#x202f;?

Elle conserve son numéro (la numérotation reste sans trou) et reste archivée, marquée annulée avec votre motif&#x202f;; la période du client peut alors être refacturée. L&apos;annulation ne crée pas d&apos;avoir&#xa0;: si le client a déjà reçu la facture, rectifiez-la par un avoir (Avoir…), un document à part qui y fait référence.

Motif (obligatoire, %3 caractères au plus)&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+5"/>
        <location line="+71"/>
        <source>Not voided</source>
        <translation>Non annulée</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Reason must not be empty: voiding an invoice must say why.</source>
        <translation>Le motif ne doit pas être vide&#xa0;: l&apos;annulation d&apos;une facture doit être justifiée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason must be at most %1 characters (it has %2).</source>
        <translation>Le motif doit compter au plus %1 caractères (il en a %2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue a credit note for invoice %1 of %2?</source>
        <translation>Émettre un avoir pour la facture %1 de %2&#x202f;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credit note negates every line and total of %1 (%2), references it, and gets the next number of the year; %1 itself stays issued.</source>
        <translation>L&apos;avoir annule chaque ligne et chaque total de %1 (%2), y fait référence et reçoit le numéro suivant de l&apos;année&#x202f;; %1 reste émise.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issue credit note</source>
        <translation>Émettre l&apos;avoir</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Issued credit note %1 correcting %2</source>
        <translation>Avoir %1 émis, rectifiant %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No credit note issued</source>
        <translation>Aucun avoir émis</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Voided invoice %1 of %2</source>
        <translation>Facture %1 de %2 annulée</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export the invoices of %1 into</source>
        <translation>Exporter les factures de %1 dans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected invoices into</source>
        <translation>Exporter les factures sélectionnées dans</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n selected tenant(s) have no invoice yet and are left out</source>
        <translation>
            <numerusform>%n client sélectionné n&apos;a pas encore de facture et est ignoré</numerusform>
            <numerusform>%n clients sélectionnés n&apos;ont pas encore de facture et sont ignorés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting invoices…</source>
        <translation>Export des factures…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Issue all invoices</source>
        <translation>Émettre toutes les factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue the %1 invoices of every tenant that has usage and no issued invoice yet?</source>
        <translation>Émettre les factures de %1 de chaque client ayant de l&apos;utilisation et pas encore de facture émise&#x202f;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each invoice is computed from the rollups, gets the next number of the year and is issued in its own transaction; saved drafts are replaced. Cancel stops between tenants: what was issued stays issued.</source>
        <translation>Chaque facture est calculée à partir des agrégats, reçoit le numéro suivant de l&apos;année et est émise dans sa propre transaction&#x202f;; les brouillons enregistrés sont remplacés. Annuler s&apos;arrête entre deux clients&#xa0;: ce qui a été émis le reste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue all</source>
        <translation>Tout émettre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the period&apos;s usage…</source>
        <translation>Lecture de l&apos;utilisation de la période…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issuing invoices…</source>
        <translation>Émission des factures…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No invoice issued</source>
        <translation>Aucune facture émise</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Issued %n invoice(s), %1 to %2</source>
        <translation>
            <numerusform>%n facture émise, de %1 à %2</numerusform>
            <numerusform>%n factures émises, de %1 à %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issuing stopped</source>
        <translation>Émission interrompue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some invoices were not issued</source>
        <translation>Certaines factures n&apos;ont pas été émises</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; cancelled before the other tenants</source>
        <translation>%1&#x202f;; annulé avant les autres clients</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling after the invoice being written…</source>
        <translation>Annulation après la facture en cours d&apos;écriture…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelling after the invoice being issued…</source>
        <translation>Annulation après la facture en cours d&apos;émission…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export stopped</source>
        <translation>Export interrompu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2 invoices were exported before this error:
%3</source>
        <translation>%1 factures sur %2 ont été exportées avant cette erreur&#xa0;:
%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export cancelled: %1 of %2 invoices written, each complete</source>
        <translation>Export annulé&#xa0;: %1 factures sur %2 écrites, chacune complète</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %n invoice(s) (%1 files)</source>
        <translation>
            <numerusform>%n facture exportée (%1 fichiers)</numerusform>
            <numerusform>%n factures exportées (%1 fichiers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::LanguageMenu</name>
    <message>
        <location filename="../ui/language_menu.cpp" line="+11"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Takes effect the next time Meterdesk starts</source>
        <translation>Prend effet au prochain démarrage de Meterdesk</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Meterdesk will follow the system&apos;s language the next time it starts.</source>
        <translation>Meterdesk suivra la langue du système au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meterdesk will be in %1 the next time it starts.</source>
        <translation>Meterdesk s&apos;affichera en %1 au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::LiveUsagePage</name>
    <message>
        <location filename="../ui/live_usage_page.cpp" line="+59"/>
        <location line="+186"/>
        <source>Allowed</source>
        <translation>Autorisés</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Rate limited</source>
        <translation>Limite de débit atteinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No credits</source>
        <translation>Sans crédits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in plan</source>
        <translation>Hors offre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premium required</source>
        <translation>Premium requis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>%1: %2 (%3 %4)</source>
        <translation>%1&#xa0;: %2 (%3 %4)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Denied</source>
        <translation>Refusés</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>calls</source>
        <translation>appels</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 calls, %3 denied&lt;br&gt;%4 credits</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 appels, %3 refusés&lt;br&gt;%4 crédits</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The period the charts show</source>
        <translation>La période affichée par les graphiques</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All tenants (type a slug, Enter)</source>
        <translation>Tous les clients (saisir un identifiant, Entrée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show one tenant&apos;s usage: type its slug and press Enter, or click its bar</source>
        <translation>Afficher l&apos;utilisation d&apos;un client&#xa0;: saisissez son identifiant et appuyez sur Entrée, ou cliquez sur sa barre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show one endpoint of the tenant</source>
        <translation>Afficher un point d&apos;accès du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+176"/>
        <source>All endpoints</source>
        <translation>Tous les points d&apos;accès</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+99"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Freeze the charts; live updates wait until you resume</source>
        <translation>Figer les graphiques&#x202f;; les mises à jour en direct attendent la reprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the series shown, bucket by bucket, as CSV</source>
        <translation>Enregistrer les séries affichées, intervalle par intervalle, au format CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;PNG…</source>
        <translation>Exporter en P&amp;NG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the charts as a PNG picture</source>
        <translation>Enregistrer les graphiques en image PNG</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Range:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tenant:</source>
        <translation>Client&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Calls per second</source>
        <translation>Appels par seconde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>calls/s</source>
        <translation>appels/s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits per second</source>
        <translation>Crédits par seconde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>credits/s</source>
        <translation>crédits/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top tenants</source>
        <translation>Principaux clients</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top endpoints</source>
        <translation>Principaux points d&apos;accès</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not read usage: %1</source>
        <translation>Impossible de lire l&apos;utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>There is no tenant &apos;%1&apos;.</source>
        <translation>Il n&apos;y a pas de client «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not find the tenant: %1</source>
        <translation>Client introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Showing the usage of %1.</source>
        <translation>Affichage de l&apos;utilisation de %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not list the tenant&apos;s endpoints: %1</source>
        <translation>Impossible de lister les points d&apos;accès du client&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the picture could not be written to %1</source>
        <translation>l&apos;image n&apos;a pas pu être écrite dans %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the usage series</source>
        <translation>Exporter les séries d&apos;utilisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the series to %1.</source>
        <translation>Séries enregistrées dans %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Export the charts</source>
        <translation>Exporter les graphiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the charts to %1.</source>
        <translation>Graphiques enregistrés dans %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Live updates wait until you resume</source>
        <translation>Les mises à jour en direct attendent la reprise</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Live feed lost; reconnecting</source>
        <translation>Flux en direct perdu&#x202f;; reconnexion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Updated from the database&apos;s notifications as calls are metered</source>
        <translation>Mis à jour par les notifications de la base de données à mesure que les appels sont comptés</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Not live</source>
        <translation>Pas en direct</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not listening for the database&apos;s notifications</source>
        <translation>Pas d&apos;écoute des notifications de la base de données</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="+51"/>
        <source>Meterdesk</source>
        <translation>Meterdesk</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Show %1 (Ctrl+%2)</source>
        <translation>Afficher %1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose or edit a connection profile</source>
        <translation>Choisir ou modifier un profil de connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Node settings…</source>
        <translation>&amp;Paramètres du nœud…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The EVM node, escrow contract, confirmations and settlement rate</source>
        <translation>Le nœud EVM, le contrat de séquestre, les confirmations et le taux de règlement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show the %1 page</source>
        <translation>Afficher la page «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the current page again from the database</source>
        <translation>Relire la page actuelle depuis la base de données</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tenant</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Plan</source>
        <translation>&amp;Offre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Escrows</source>
        <translation>&amp;Séquestres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Meterdesk</source>
        <translation>À &amp;propos de Meterdesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Node settings saved: connecting to %1</source>
        <translation>Paramètres du nœud enregistrés&#xa0;: connexion à %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — Meterdesk</source>
        <translation>%1 — Meterdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 — Meterdesk</source>
        <translation>%1 — %2 — Meterdesk</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Passwords in memory only</source>
        <translation>Mots de passe en mémoire seulement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No system keychain is available, so passwords are kept in memory until Meterdesk quits and asked for again next time.
%1</source>
        <translation>Aucun trousseau système n&apos;est disponible&#xa0;: les mots de passe sont conservés en mémoire jusqu&apos;à la fermeture de Meterdesk et redemandés la prochaine fois.
%1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>About Meterdesk</source>
        <translation>À propos de Meterdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Meterdesk %1&lt;/h3&gt;&lt;p&gt;The operator console for API usage metering and prepaid credits: tenants, plans, usage, escrows and invoices.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Meterdesk %1&lt;/h3&gt;&lt;p&gt;La console d&apos;exploitation du comptage de l&apos;utilisation d&apos;API et des crédits prépayés&#xa0;: clients, offres, utilisation, séquestres et factures.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::MethodDelegate</name>
    <message>
        <location filename="../ui/tariff_delegates.cpp" line="+70"/>
        <source>&quot;*&quot; matches every method</source>
        <translation>«&#xa0;*&#xa0;» correspond à toutes les méthodes</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::NewPlanDialog</name>
    <message>
        <location filename="../ui/new_plan_dialog.cpp" line="+22"/>
        <source>New plan</source>
        <translation>Nouvelle offre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. growth-2027</source>
        <translation>par ex. growth-2027</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What tenants and gateways refer to: lower-case letters, digits and hyphens, at most 40; it never changes</source>
        <translation>Ce à quoi se réfèrent les clients et les passerelles&#xa0;: lettres minuscules, chiffres et tirets, 40 au plus&#x202f;; il ne change jamais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Growth 2027</source>
        <translation>par ex. Growth 2027</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name operators and invoices show</source>
        <translation>Le nom affiché aux opérateurs et sur les factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After saving, the editor opens for the plan&apos;s first tariff version.</source>
        <translation>Après l&apos;enregistrement, l&apos;éditeur s&apos;ouvre pour la première version tarifaire de l&apos;offre.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::NodeSettingsDialog</name>
    <message>
        <location filename="../ui/node_settings_dialog.cpp" line="+32"/>
        <source>node URL</source>
        <translation>l&apos;URL du nœud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>escrow contract</source>
        <translation>le contrat de séquestre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirmations</source>
        <translation>les confirmations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settlement rate</source>
        <translation>le taux de règlement</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+180"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Node settings</source>
        <translation>Paramètres du nœud</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Where the Escrows page reads escrows and sends decisions. Saved settings apply at once and are remembered for the next start.</source>
        <translation>Où la page Séquestres lit les séquestres et envoie les décisions. Les paramètres enregistrés s&apos;appliquent aussitôt et sont conservés pour le prochain démarrage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sets the %2</source>
        <translation>%1 fixe %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set by the environment: %1. These replace the saved values at every start; what you save here applies until the console closes.</source>
        <translation>Définis par l&apos;environnement&#xa0;: %1. Ils remplacent les valeurs enregistrées à chaque démarrage&#xa0;; ce que vous enregistrez ici vaut jusqu&apos;à la fermeture de la console.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node&apos;s JSON-RPC endpoint, http:// or https:// (MD_NODE_URL)</source>
        <translation>Le point d&apos;accès JSON-RPC du nœud, http:// ou https:// (MD_NODE_URL)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CreditEscrow contract&apos;s address: 0x and 40 hex digits (MD_ESCROW_ADDRESS)</source>
        <translation>L&apos;adresse du contrat CreditEscrow&#xa0;: 0x et 40 chiffres hexadécimaux (MD_ESCROW_ADDRESS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocks a decision waits for before it counts as confirmed, the block holding it included (MD_CONFIRMATIONS)</source>
        <translation>Blocs qu&apos;une décision attend avant d&apos;être tenue pour confirmée, y compris le bloc qui la contient (MD_CONFIRMATIONS)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token units one credit of metered usage is worth: the suggested settlement pays the payee the job&apos;s usage at this rate</source>
        <translation>Unités de jeton que vaut un crédit d&apos;utilisation comptée&#xa0;: le règlement suggéré paie au bénéficiaire l&apos;utilisation de la tâche à ce taux</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>token units per credit</source>
        <translation>unités de jeton par crédit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node URL:</source>
        <translation>URL du nœud&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escrow contract:</source>
        <translation>Contrat de séquestre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmations:</source>
        <translation>Confirmations&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement rate:</source>
        <translation>Taux de règlement&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+113"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Ask the node its chain id and latest block, and whether a contract is deployed at the address (Ctrl+T)</source>
        <translation>Demander au nœud son id de chaîne et son dernier bloc, et si un contrat est déployé à l&apos;adresse (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Apply the settings now and remember them</source>
        <translation>Appliquer les paramètres maintenant et les retenir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without changing anything</source>
        <translation>Fermer sans rien changer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not connected to a metering database: connect first to change the node settings.</source>
        <translation>Non connecté à une base de comptage&#xa0;: connectez-vous d&apos;abord pour modifier les paramètres du nœud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role %1 may not change the node settings: they decide where escrow decisions are signed and settled.</source>
        <translation>Votre rôle %1 ne peut pas modifier les paramètres du nœud&#xa0;: ils décident où les décisions de séquestre sont signées et réglées.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Test cancelled.</source>
        <translation>Test annulé.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel &amp;test</source>
        <translation>Annuler le &amp;test</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The node answers: chain id %1, latest block %2.</source>
        <translation>Le nœud répond&#xa0;: id de chaîne %1, dernier bloc %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A contract is deployed at %1.</source>
        <translation>Un contrat est déployé à l&apos;adresse %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contract is deployed at %1 on this chain: check the address, or that the node is the right one.</source>
        <translation>Aucun contrat n&apos;est déployé à l&apos;adresse %1 sur cette chaîne&#xa0;: vérifiez l&apos;adresse, ou que le nœud est le bon.</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::NodeStatusIndicator</name>
    <message>
        <location filename="../ui/status_indicators.cpp" line="+13"/>
        <source>No node configured</source>
        <translation>Aucun nœud configuré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Escrows need an EVM node: choose File › Node settings…, start Meterdesk with --node URL, or set MD_NODE_URL and MD_ESCROW_ADDRESS</source>
        <translation>Les séquestres ont besoin d&apos;un nœud EVM&#xa0;: choisissez Fichier › Paramètres du nœud…, lancez Meterdesk avec --node URL, ou définissez MD_NODE_URL et MD_ESCROW_ADDRESS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to the node…</source>
        <translation>Connexion au nœud…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking the EVM node %1 for its chain id</source>
        <translation>Demande de son id de chaîne au nœud EVM %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chain %1 · block %2</source>
        <translation>Chaîne %1 · bloc %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EVM node %1
Chain id %2, latest block %3 when last read</source>
        <translation>Nœud EVM %1
Id de chaîne %2, dernier bloc %3 à la dernière lecture</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Node unavailable</source>
        <translation>Nœud indisponible</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::OperatorKeyDialog</name>
    <message>
        <location filename="../ui/operator_key_dialog.cpp" line="+27"/>
        <source>Private key (&amp;hex)</source>
        <translation>Clé privée (&amp;hex)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keystore file</source>
        <translation>Fichier &amp;keystore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove from keychain</source>
        <translation>&amp;Retirer du trousseau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operator key for chain %1</source>
        <translation>Clé d&apos;opérateur pour la chaîne %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>0x and 64 hex digits</source>
        <translation>0x et 64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The escrow contract owner&apos;s private key; it goes to the system keychain only, never to a file</source>
        <translation>La clé privée du propriétaire du contrat de séquestre&#x202f;; elle va uniquement dans le trousseau du système, jamais dans un fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UTC--…json</source>
        <translation>UTC--…json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an Ethereum keystore (JSON) file</source>
        <translation>Choisir un fichier keystore Ethereum (JSON)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password the keystore file was encrypted with</source>
        <translation>Le mot de passe avec lequel le fichier keystore a été chiffré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Store the key in the system keychain and show its address</source>
        <translation>Enregistrer la clé dans le trousseau du système et afficher son adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this chain&apos;s operator key from the system keychain</source>
        <translation>Supprimer la clé d&apos;opérateur de cette chaîne du trousseau du système</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keystore &amp;password:</source>
        <translation>&amp;Mot de passe du keystore&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Escrow decisions are signed with the operator key (the escrow contract&apos;s owner). It is kept in the system keychain, under &quot;%1&quot;.</source>
        <translation>Les décisions de séquestre sont signées avec la clé d&apos;opérateur (le propriétaire du contrat de séquestre). Elle est conservée dans le trousseau du système, sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Removing…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported %1. No system keychain is available: the key is kept in memory until Meterdesk quits.</source>
        <translation>%1 importée. Aucun trousseau système n&apos;est disponible&#xa0;: la clé est conservée en mémoire jusqu&apos;à la fermeture de Meterdesk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported: %1, stored in the system keychain.</source>
        <translation>Importée&#xa0;: %1, enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stored now: %1</source>
        <translation>Enregistrée actuellement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No operator key is stored for this chain yet.</source>
        <translation>Aucune clé d&apos;opérateur n&apos;est encore enregistrée pour cette chaîne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed: no operator key is stored for this chain.</source>
        <translation>Supprimée&#xa0;: aucune clé d&apos;opérateur n&apos;est enregistrée pour cette chaîne.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keystore file</source>
        <translation>Fichier keystore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keystore (*.json UTC--*)</source>
        <translation>Keystore (*.json UTC--*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keystore file: cannot read %1 (%2)</source>
        <translation>Fichier keystore&#xa0;: impossible de lire %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decrypting the keystore (this takes a few seconds)…</source>
        <translation>Déchiffrement du keystore (cela prend quelques secondes)…</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::PermissionGuard</name>
    <message>
        <location filename="../ui/permission_guard.cpp" line="+56"/>
        <source>Not connected to a metering database</source>
        <translation>Non connecté à une base de comptage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your role %1 may not %2</source>
        <translation>Votre rôle %1 ne peut pas %2</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::PlaceholderPage</name>
    <message>
        <location filename="../ui/console_page.cpp" line="+17"/>
        <source>This page arrives in a later version of Meterdesk.</source>
        <translation>Cette page arrive dans une version ultérieure de Meterdesk.</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::PlansPage</name>
    <message>
        <location filename="../ui/plans_page.cpp" line="+60"/>
        <source>&amp;New version…</source>
        <translation>&amp;Nouvelle version…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;plan…</source>
        <translation>Nouvelle &amp;offre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the next tariff version of the selected plan</source>
        <translation>Modifier la prochaine version tarifaire de l&apos;offre sélectionnée</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>edit plans</source>
        <translation>modifier les offres</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Ctrl+Alt+N</source>
        <translation>Ctrl+Alt+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a plan, then edit its first tariff version</source>
        <translation>Créer une offre, puis modifier sa première version tarifaire</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Endpoint rules</source>
        <translation>Règles des points d&apos;accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region multipliers</source>
        <translation>Coefficients régionaux</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&lt;b&gt;Select a plan and one of its versions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sélectionnez une offre et l&apos;une de ses versions&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1 — version %2&lt;/b&gt; (%3)</source>
        <translation>&lt;b&gt;%1 — version %2&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Effective from %1 · monthly allowance %2 credits · default rate limit %3 requests per %4 s</source>
        <translation>En vigueur à partir du %1 · dotation mensuelle %2 crédits · limite de débit par défaut %3 requêtes par %4 s</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved version %1 of plan %2, effective from %3.</source>
        <translation>Version %1 de l&apos;offre %2 enregistrée, en vigueur à partir du %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another operator saved a new version of plan %1 first, so this one was not saved. Your edits are kept: close the editor, review the new version, and start again from it.</source>
        <translation>Un autre opérateur a enregistré d&apos;abord une nouvelle version de l&apos;offre %1, celle-ci n&apos;a donc pas été enregistrée. Vos modifications sont conservées&#xa0;: fermez l&apos;éditeur, examinez la nouvelle version et repartez de celle-ci.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <source>plan %1</source>
        <translation>l&apos;offre %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Created plan %1; give it its first tariff version.</source>
        <translation>Offre %1 créée&#x202f;; donnez-lui sa première version tarifaire.</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::ScreenshotTour</name>
    <message>
        <location filename="../ui/screenshot_tour.cpp" line="+98"/>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Order 2026-1142</source>
        <translation>Commande 2026-1142</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::TariffEditorDialog</name>
    <message>
        <location filename="../ui/tariff_editor_dialog.cpp" line="+89"/>
        <source>Rule %1</source>
        <translation>Règle %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region %1</source>
        <translation>Région %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New version %1 of plan %2</source>
        <translation>Nouvelle version %1 de l&apos;offre %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Endpoint rules</source>
        <translation>Règles des points d&apos;accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region multipliers</source>
        <translation>Coefficients régionaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Review changes</source>
        <translation>Vérifier les modifications</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>What saving changes against the version in force</source>
        <translation>Ce que l&apos;enregistrement change par rapport à la version en vigueur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every problem that stops saving; click one to go to its cell</source>
        <translation>Chaque problème qui empêche l&apos;enregistrement&#x202f;; cliquez dessus pour aller à sa cellule</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save version %1…</source>
        <translation>Enregistrer la version %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show what saving changes against the version in force</source>
        <translation>Montrer ce que l&apos;enregistrement change par rapport à la version en vigueur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problems to fix before saving:</source>
        <translation>Problèmes à corriger avant l&apos;enregistrement&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>In your local time; stored in UTC. The version in force is never changed: this one takes over from this instant.</source>
        <translation>Dans votre heure locale&#x202f;; enregistré en UTC. La version en vigueur n&apos;est jamais modifiée&#xa0;: celle-ci prend le relais à partir de cet instant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credits granted at the start of each month; what is left expires</source>
        <translation>Crédits accordés au début de chaque mois&#x202f;; le reliquat expire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requests allowed per period for rules without their own limit</source>
        <translation>Requêtes autorisées par période pour les règles sans limite propre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate-limit window, in seconds</source>
        <translation>La fenêtre de la limite de débit, en secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effective from:</source>
        <translation>Date d&apos;effet&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly allowance:</source>
        <translation>Dotation mensuelle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default rate limit, requests:</source>
        <translation>Limite de débit par défaut, requêtes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default rate limit, period:</source>
        <translation>Limite de débit par défaut, période&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an endpoint rule</source>
        <translation>Ajouter une règle de point d&apos;accès</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected endpoint rule</source>
        <translation>Supprimer la règle de point d&apos;accès sélectionnée</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add region</source>
        <translation>Ajouter une région</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a region multiplier</source>
        <translation>Ajouter un coefficient régional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove region</source>
        <translation>Supprimer la région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected region multiplier</source>
        <translation>Supprimer le coefficient régional sélectionné</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>10000 basis points charge ×1; 12500 charge ×1.25. Regions not listed charge ×1.</source>
        <translation>10000 points de base facturent ×1&#x202f;; 12500 facturent ×1,25. Les régions non listées facturent ×1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>must be in the future: a version in force is never rewritten.</source>
        <translation>doit être dans le futur&#xa0;: une version en vigueur n&apos;est jamais réécrite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be after the start of version %1 (%2).</source>
        <translation>doit être postérieure au début de la version %1 (%2).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Saving changes these against version %1, in force since %2:</source>
        <translation>L&apos;enregistrement modifie ceci par rapport à la version %1, en vigueur depuis le %2&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No version of plan %1 is in force yet; saving adds:</source>
        <translation>Aucune version de l&apos;offre %1 n&apos;est encore en vigueur&#x202f;; l&apos;enregistrement ajoute&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint rules (%1)</source>
        <translation>Règles des points d&apos;accès (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region multipliers (%1)</source>
        <translation>Coefficients régionaux (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review changes (%1)</source>
        <translation>Vérifier les modifications (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the problems listed first</source>
        <translation>Corrigez d&apos;abord les problèmes listés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing differs from the version in force</source>
        <translation>Rien ne diffère de la version en vigueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the changes once more, then save</source>
        <translation>Vérifiez encore une fois les modifications, puis enregistrez</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Effective from</source>
        <translation>Date d&apos;effet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly allowance</source>
        <translation>Dotation mensuelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default rate limit, requests</source>
        <translation>Limite de débit par défaut, requêtes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default rate limit, period</source>
        <translation>Limite de débit par défaut, période</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Save tariff version</source>
        <translation>Enregistrer la version tarifaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save version %1 of plan %2, effective from %3?</source>
        <translation>Enregistrer la version %1 de l&apos;offre %2, en vigueur à partir du %3&#x202f;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes against the version in force:
• %1</source>
        <translation>Modifications par rapport à la version en vigueur&#xa0;:
• %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save version %1</source>
        <translation>Enregistrer la version %1</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::TenantDetailPanel</name>
    <message>
        <location filename="../ui/tenant_detail_panel.cpp" line="+50"/>
        <source>Select a tenant to see its profile, balance, usage, ledger, API keys and alerts.</source>
        <translation>Sélectionnez un client pour voir son profil, son solde, son utilisation, son journal des crédits, ses clés d&apos;API et ses alertes.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan:</source>
        <translation>Offre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallet:</source>
        <translation>Portefeuille&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region:</source>
        <translation>Région&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>Créé le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premium access:</source>
        <translation>Accès premium&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance:</source>
        <translation>Solde&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low-credit alert at:</source>
        <translation>Alerte de crédits faibles à&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month:</source>
        <translation>Ce mois-ci&#xa0;:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Ledger</source>
        <translation>Journal des crédits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The most recent credit ledger entries, newest first</source>
        <translation>Les dernières écritures du journal des crédits, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API keys</source>
        <translation>Clés d&apos;API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys the tenant&apos;s requests carry; secrets are never stored</source>
        <translation>Clés que portent les requêtes du client&#x202f;; les secrets ne sont jamais enregistrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low-credit and exhausted alerts, newest first</source>
        <translation>Alertes de crédits faibles et épuisés, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>suspended</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not available: %1</source>
        <translation>indisponible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 calls (%2 denied), %3 units, %4 credits spent</source>
        <translation>%1 appels (%2 refusés), %3 unités, %4 crédits consommés</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::TenantDialog</name>
    <message>
        <location filename="../ui/tenant_dialog.cpp" line="+36"/>
        <source>May call premium endpoints</source>
        <translation>Peut appeler les points d&apos;accès premium</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New tenant</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit tenant</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>acme-corp</source>
        <translation>acme-corp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lower-case letters, digits and dashes; gateways meter calls by it</source>
        <translation>Lettres minuscules, chiffres et tirets&#x202f;; les passerelles comptent les appels par cet identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The slug cannot change: gateways meter calls by it</source>
        <translation>L&apos;identifiant ne peut pas changer&#xa0;: les passerelles comptent les appels par lui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer&apos;s name as it appears on invoices</source>
        <translation>Le nom du client tel qu&apos;il figure sur les factures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>billing@example.com</source>
        <translation>billing@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where alerts and invoices go</source>
        <translation>Destinataire des alertes et des factures</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan whose tariff prices this tenant&apos;s calls</source>
        <translation>L&apos;offre dont le tarif fixe le prix des appels de ce client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>eu, us, apac… or empty</source>
        <translation>eu, us, apac… ou vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The region whose multiplier applies when a call names none</source>
        <translation>La région dont le coefficient s&apos;applique quand un appel n&apos;en indique aucune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Premium endpoints deny tenants without premium access</source>
        <translation>Les points d&apos;accès premium refusent les clients sans accès premium</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A low-credit alert is raised when the balance falls to this amount</source>
        <translation>Une alerte de crédits faibles est déclenchée quand le solde descend à ce montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0x… (optional)</source>
        <translation>0x… (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tenant&apos;s address for escrows: 0x and 40 lower-case hex digits</source>
        <translation>L&apos;adresse du client pour les séquestres&#xa0;: 0x et 40 chiffres hexadécimaux en minuscules</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slug:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan:</source>
        <translation>Offre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region:</source>
        <translation>Région&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premium access:</source>
        <translation>Accès premium&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low-credit alert at:</source>
        <translation>Alerte de crédits faibles à&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallet address:</source>
        <translation>Adresse du portefeuille&#xa0;:</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::TenantsPage</name>
    <message>
        <location filename="../ui/tenants_page.cpp" line="+71"/>
        <source>Low balance only</source>
        <translation>Solde faible uniquement</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;New tenant…</source>
        <translation>&amp;Nouveau client…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a tenant</source>
        <translation>Créer un client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected tenant&apos;s profile</source>
        <translation>Modifier le profil du client sélectionné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;plan…</source>
        <translation>Changer d&apos;&amp;offre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected tenant to another plan</source>
        <translation>Passer le client sélectionné à une autre offre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Top up…</source>
        <translation>&amp;Recharger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add purchased credits to the selected tenant</source>
        <translation>Ajouter des crédits achetés au client sélectionné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Adjust credits…</source>
        <translation>&amp;Ajuster les crédits…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the selected tenant&apos;s balance up or down, with a reason</source>
        <translation>Corriger le solde du client sélectionné à la hausse ou à la baisse, avec un motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Suspend…</source>
        <translation>&amp;Suspendre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deny the selected tenant&apos;s calls until it is unlocked</source>
        <translation>Refuser les appels du client sélectionné jusqu&apos;à son déblocage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Débloquer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the selected suspended tenant call again</source>
        <translation>Permettre au client suspendu sélectionné d&apos;appeler à nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Issue API key…</source>
        <translation>&amp;Émettre une clé d&apos;API…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an API key for the selected tenant</source>
        <translation>Créer une clé d&apos;API pour le client sélectionné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revoke API key…</source>
        <translation>Ré&amp;voquer la clé d&apos;API…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the API key selected in the detail panel</source>
        <translation>Révoquer la clé d&apos;API sélectionnée dans le panneau de détail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>create tenants</source>
        <translation>créer des clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edit tenants</source>
        <translation>modifier des clients</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change a tenant&apos;s plan</source>
        <translation>changer l&apos;offre d&apos;un client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>top up credits</source>
        <translation>recharger des crédits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adjust credits</source>
        <translation>ajuster des crédits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suspend tenants</source>
        <translation>suspendre des clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unlock tenants</source>
        <translation>débloquer des clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>issue API keys</source>
        <translation>émettre des clés d&apos;API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revoke API keys</source>
        <translation>révoquer des clés d&apos;API</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Search slug, name or email</source>
        <translation>Rechercher un identifiant, un nom ou un e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searched in the database as you type</source>
        <translation>Recherché dans la base de données pendant la saisie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show tenants of one status only</source>
        <translation>N&apos;afficher que les clients d&apos;un statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show tenants of one plan only</source>
        <translation>N&apos;afficher que les clients d&apos;une offre</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <source>All plans</source>
        <translation>Toutes les offres</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Only tenants whose balance is at or under their low-credit alert</source>
        <translation>Uniquement les clients dont le solde atteint ou passe sous leur seuil d&apos;alerte</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not load tenants: %1</source>
        <translation>Impossible de charger les clients&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Loading tenants…</source>
        <translation>Chargement des clients…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 tenants loaded; more load as you scroll</source>
        <translation>%1 clients chargés&#x202f;; les suivants se chargent au défilement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 tenant</source>
        <translation>1 client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 tenants</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+54"/>
        <location line="+67"/>
        <source>this tenant</source>
        <translation>ce client</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Created tenant %1 on plan %2.</source>
        <translation>Client %1 créé avec l&apos;offre %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved tenant %1.</source>
        <translation>Client %1 enregistré.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change plan of %1</source>
        <translation>Changer l&apos;offre de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is on plan %2. From now on, price its calls by plan:</source>
        <translation>%1 a l&apos;offre %2. Désormais, facturer ses appels selon l&apos;offre&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change plan</source>
        <translation>Changer d&apos;offre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Moved %1 from plan %2 to plan %3.</source>
        <translation>%1 est passé de l&apos;offre %2 à l&apos;offre %3.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Removed %1 credits from %2: balance now %3.</source>
        <translation>%1 crédits retirés à %2&#xa0;: solde désormais %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added %1 credits to %2: balance now %3.</source>
        <translation>%1 crédits ajoutés à %2&#xa0;: solde désormais %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the balance</source>
        <translation>le solde</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Suspend %1?</source>
        <translation>Suspendre %1&#x202f;?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock %1?</source>
        <translation>Débloquer %1&#x202f;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every call of %1 will be denied as suspended until it is unlocked. Its balance and keys stay as they are.</source>
        <translation>Chaque appel de %1 sera refusé comme suspendu jusqu&apos;à son déblocage. Son solde et ses clés restent inchangés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s calls will be metered and charged again.</source>
        <translation>Les appels de %1 seront à nouveau comptés et facturés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend tenant</source>
        <translation>Suspendre le client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock tenant</source>
        <translation>Débloquer le client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suspended %1: its calls are denied until it is unlocked.</source>
        <translation>%1 suspendu&#xa0;: ses appels sont refusés jusqu&apos;à son déblocage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlocked %1: its calls are metered again.</source>
        <translation>%1 débloqué&#xa0;: ses appels sont à nouveau comptés.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Issue an API key for %1</source>
        <translation>Émettre une clé d&apos;API pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A label to recognise the key by (e.g. &quot;production gateway&quot;). The secret is shown once, next.</source>
        <translation>Un libellé pour reconnaître la clé (par ex. «&#xa0;passerelle de production&#xa0;»). Le secret s&apos;affiche ensuite, une seule fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue key</source>
        <translation>Émettre la clé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Issued API key %1 for %2.</source>
        <translation>Clé d&apos;API %1 émise pour %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <source>the API keys</source>
        <translation>les clés d&apos;API</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Revoke API key</source>
        <translation>Révoquer la clé d&apos;API</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoke API key %1 of %2?</source>
        <translation>Révoquer la clé d&apos;API %1 de %2&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests that carry it will be refused from now on. This cannot be undone.</source>
        <translation>Les requêtes qui la portent seront refusées dès maintenant. Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revoked API key %1 of %2.</source>
        <translation>Clé d&apos;API %1 de %2 révoquée.</translation>
    </message>
</context>
</TS>
