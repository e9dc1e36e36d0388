<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../ui/alerts_panel.cpp" line="+30"/>
        <source>%1 is out of credits</source>
        <translation>%1 hat kein Guthaben mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is low on credits</source>
        <translation>%1 hat nur noch wenig Guthaben</translation>
    </message>
</context>
<context>
    <name>ChainFailureText</name>
    <message>
        <location filename="../models/chain_failure_text.cpp" line="+44"/>
        <source>The key %1 is not the escrow contract&apos;s owner, so the contract refuses the decision. Import the owner&apos;s key (Escrows › Import operator key…).</source>
        <translation>Der Schlüssel %1 gehört nicht dem Eigentümer des Treuhandvertrags, daher lehnt der Vertrag die Entscheidung ab. Importieren Sie den Schlüssel des Eigentümers (Treuhand › Betreiberschlüssel importieren…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the escrow&apos;s payer may do this; the key %1 is not the payer&apos;s.</source>
        <translation>Nur der Zahler der Treuhand darf das; der Schlüssel %1 ist nicht der des Zahlers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contract holds no escrow with this id. Refresh the list, and check that the escrow contract in File › Node settings… is the right one.</source>
        <translation>Der Vertrag hält keine Treuhand mit dieser ID. Aktualisieren Sie die Liste und prüfen Sie, ob der Treuhandvertrag unter Datei › Knoteneinstellungen… der richtige ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An escrow for this job already exists; a job can be escrowed only once.</source>
        <translation>Für diesen Auftrag besteht bereits eine Treuhand; ein Auftrag kann nur einmal hinterlegt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The escrow is no longer in a state that allows this. Refresh the list to see what happened to it.</source>
        <translation>Die Treuhand ist nicht mehr in einem Zustand, der das erlaubt. Aktualisieren Sie die Liste, um zu sehen, was mit ihr geschehen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The escrow is already %1, so it cannot be decided again. Refresh the list to see its current state.</source>
        <translation>Die Treuhand ist bereits %1 und kann daher nicht erneut entschieden werden. Aktualisieren Sie die Liste, um ihren aktuellen Zustand zu sehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The escrow contract is paused and refuses every decision until its owner unpauses it.</source>
        <translation>Der Treuhandvertrag ist pausiert und lehnt jede Entscheidung ab, bis sein Eigentümer ihn fortsetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The escrow contract is not paused.</source>
        <translation>Der Treuhandvertrag ist nicht pausiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An address is empty (0x0…0); enter a real address.</source>
        <translation>Eine Adresse ist leer (0x0…0); geben Sie eine echte Adresse ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount is zero; enter an amount above zero.</source>
        <translation>Der Betrag ist null; geben Sie einen Betrag über null ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deadline is not in the future of the node&apos;s clock; choose a later one.</source>
        <translation>Die Frist liegt nach der Uhr des Knotens nicht in der Zukunft; wählen Sie eine spätere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The escrow&apos;s deadline has passed: only the payer may reclaim it now.</source>
        <translation>Die Frist der Treuhand ist abgelaufen: Nur der Zahler darf sie jetzt zurückfordern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The escrow&apos;s deadline has not come yet, so it cannot be reclaimed; wait until after the deadline.</source>
        <translation>Die Frist der Treuhand ist noch nicht erreicht, daher kann sie nicht zurückgefordert werden; warten Sie bis nach der Frist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount to the payee is more than the escrow holds; enter at most the escrowed amount.</source>
        <translation>Der Betrag an den Empfänger ist höher als der Treuhandbetrag; geben Sie höchstens den hinterlegten Betrag ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token refused to move the tokens to %1. Check the token contract; nothing moved.</source>
        <translation>Der Token hat die Übertragung an %1 abgelehnt. Prüfen Sie den Token-Vertrag; nichts wurde bewegt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account %1 holds fewer tokens than needed.</source>
        <translation>Das Konto %1 hält weniger Token als nötig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payer has not allowed the escrow contract to take that many tokens; the payer must approve it first.</source>
        <translation>Der Zahler hat dem Treuhandvertrag nicht erlaubt, so viele Token zu nehmen; der Zahler muss das zuerst genehmigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contract says: &quot;%1&quot;.</source>
        <translation>Der Vertrag meldet: „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contract stopped on an internal error (a failed check or an arithmetic overflow). Nothing moved; report it to the contract&apos;s maintainers.</source>
        <translation>Der Vertrag ist auf einen internen Fehler gestoßen (eine fehlgeschlagene Prüfung oder einen arithmetischen Überlauf). Nichts wurde bewegt; melden Sie es den Betreuern des Vertrags.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The contract refuses (%1): %2</source>
        <translation>Der Vertrag lehnt ab (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contract refuses (%1) for a reason the console does not know. Nothing moved; check that the escrow contract in File › Node settings… is a CreditEscrow.</source>
        <translation>Der Vertrag lehnt ab (%1), aus einem Grund, den die Konsole nicht kennt. Nichts wurde bewegt; prüfen Sie, ob der Treuhandvertrag unter Datei › Knoteneinstellungen… ein CreditEscrow ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no reason given</source>
        <translation>ohne Angabe eines Grundes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The node could not be reached (%1). Check that it is running and that the node URL in File › Node settings… is right.</source>
        <translation>Der Knoten ist nicht erreichbar (%1). Prüfen Sie, ob er läuft und ob die Knoten-URL unter Datei › Knoteneinstellungen… stimmt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The node did not answer in time (%1). It may be busy or unreachable: try again, or check the node URL in File › Node settings….</source>
        <translation>Der Knoten hat nicht rechtzeitig geantwortet (%1). Er ist vielleicht ausgelastet oder nicht erreichbar: Versuchen Sie es erneut oder prüfen Sie die Knoten-URL unter Datei › Knoteneinstellungen….</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The node refused the request (%1). Check that the node settings (File › Node settings…) are for this chain; if it goes on, see the node&apos;s log.</source>
        <translation>Der Knoten hat die Anfrage abgelehnt (%1). Prüfen Sie, ob die Knoteneinstellungen (Datei › Knoteneinstellungen…) zu dieser Chain passen; wenn es anhält, sehen Sie im Protokoll des Knotens nach.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The transaction was mined but failed, so nothing moved. Refresh the escrow and decide again.</source>
        <translation>Die Transaktion wurde gemint, ist aber fehlgeschlagen; nichts wurde bewegt. Aktualisieren Sie die Treuhand und entscheiden Sie erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node never saw the transaction, so nothing moved. Refresh the escrow and decide again.</source>
        <translation>Der Knoten hat die Transaktion nie gesehen; nichts wurde bewegt. Aktualisieren Sie die Treuhand und entscheiden Sie erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password does not open this keystore file. Type it again.</source>
        <translation>Das Passwort öffnet diese Keystore-Datei nicht. Geben Sie es erneut ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node&apos;s answer or the input was not understood (%1).</source>
        <translation>Die Antwort des Knotens oder die Eingabe wurde nicht verstanden (%1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mined in block %1 but refused, so nothing moved. %2</source>
        <translation>In Block %1 gemint, aber abgelehnt; nichts wurde bewegt. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mined in block %1 but failed, with no reason the node could replay: another transaction in the same block may have changed the escrow first, or the gas ran out. Nothing moved: refresh the escrow and decide again.</source>
        <translation>In Block %1 gemint, aber fehlgeschlagen, ohne einen Grund, den der Knoten nachspielen konnte: Eine andere Transaktion im selben Block hat die Treuhand vielleicht zuerst geändert, oder das Gas ist ausgegangen. Nichts wurde bewegt: Aktualisieren Sie die Treuhand und entscheiden Sie erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node has not seen the transaction for a long while: it was dropped or never arrived, so nothing moved. Refresh the escrow and decide again.</source>
        <translation>Der Knoten hat die Transaktion lange nicht gesehen: Sie wurde verworfen oder kam nie an; nichts wurde bewegt. Aktualisieren Sie die Treuhand und entscheiden Sie erneut.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfileText</name>
    <message>
        <location filename="../ui/connection_profile.cpp" line="+78"/>
        <source>Name: required, so the profile can be chosen later.</source>
        <translation>Name: erforderlich, damit das Profil später ausgewählt werden kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>URI: must start with postgresql:// or be key=value settings.</source>
        <translation>URI: muss mit postgresql:// beginnen oder aus Schlüssel=Wert-Einstellungen bestehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>URI: must not contain the password; it is kept in the keychain.</source>
        <translation>URI: darf das Passwort nicht enthalten; es wird im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Host: required (a host name or a socket folder).</source>
        <translation>Host: erforderlich (ein Hostname oder ein Socket-Ordner).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host: a host name, an IP address or a folder starting with &apos;/&apos;.</source>
        <translation>Host: ein Hostname, eine IP-Adresse oder ein Ordner, der mit „/“ beginnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port: must be between 1 and 65535.</source>
        <translation>Port: muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: required.</source>
        <translation>Datenbank: erforderlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: required.</source>
        <translation>Benutzer: erforderlich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS mode: must be one of libpq&apos;s sslmode values.</source>
        <translation>TLS-Modus: muss einer der sslmode-Werte von libpq sein.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../models/display_format.cpp" line="+74"/>
        <source>Enter an amount of credits.</source>
        <translation>Geben Sie eine Anzahl Credits ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an amount of credits: write decimals after &quot;%2&quot; and leave out thousands separators.</source>
        <translation>„%1“ ist keine Anzahl Credits: Schreiben Sie Dezimalstellen nach „%2“ und lassen Sie Tausendertrennzeichen weg.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not an amount of credits: use digits with at most six decimals, like %2.</source>
        <translation>„%1“ ist keine Anzahl Credits: Verwenden Sie Ziffern mit höchstens sechs Dezimalstellen, etwa %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is too large an amount of credits.</source>
        <translation>„%1“ ist eine zu große Anzahl Credits.</translation>
    </message>
</context>
<context>
    <name>IssueText</name>
    <message>
        <location filename="../models/issue_text.cpp" line="+21"/>
        <source>slug must be 1 to 63 lower-case letters, digits or dashes, starting with a letter or digit</source>
        <translation>Das Kürzel muss aus 1 bis 63 Kleinbuchstaben, Ziffern oder Bindestrichen bestehen und mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name must be 1 to 200 characters</source>
        <translation>Der Name muss 1 bis 200 Zeichen lang sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email must look like name@example.com</source>
        <translation>Die E-Mail-Adresse muss wie name@example.com aussehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a plan must be chosen</source>
        <translation>Ein Tarif muss gewählt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>region must be 2 to 16 lower-case letters, or empty</source>
        <translation>Die Region muss aus 2 bis 16 Kleinbuchstaben bestehen oder leer sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low-credit threshold must not be negative</source>
        <translation>Die Warnschwelle für niedriges Guthaben darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wallet address must be 0x followed by 40 lower-case hex digits</source>
        <translation>Die Wallet-Adresse muss aus 0x und 40 kleingeschriebenen Hexziffern bestehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a plan code is required</source>
        <translation>Ein Tarifcode ist erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be 1 to 40 characters of a-z, 0-9 and &apos;-&apos;</source>
        <translation>muss aus 1 bis 40 Zeichen a–z, 0–9 und „-“ bestehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an effective date is required</source>
        <translation>Ein Gültigkeitsdatum ist erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be later than the effective date of the version before</source>
        <translation>muss nach dem Gültigkeitsdatum der vorherigen Version liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be greater than the number of the version before</source>
        <translation>muss größer sein als die Nummer der vorherigen Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be one of GET POST PUT PATCH DELETE HEAD OPTIONS *</source>
        <translation>muss eines von GET POST PUT PATCH DELETE HEAD OPTIONS * sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overlaps an earlier rule for the same endpoint</source>
        <translation>überschneidet sich mit einer früheren Regel für denselben Endpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between 1 and 100000 basis points</source>
        <translation>muss zwischen 1 und 100000 Basispunkten liegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this region is already listed</source>
        <translation>diese Region ist bereits aufgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeats an earlier rule</source>
        <translation>wiederholt eine frühere Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at least 1</source>
        <translation>muss mindestens 1 sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has the wrong format</source>
        <translation>hat das falsche Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is out of range</source>
        <translation>liegt außerhalb des zulässigen Bereichs</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../ui/navigation.cpp" line="+38"/>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plans</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live usage</source>
        <translation>Live-Nutzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escrows</source>
        <translation>Treuhand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/connection_controller.cpp" line="+27"/>
        <source>service %1</source>
        <translation>Dienst %1</translation>
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
        <translation>Jemand anderes hat %1 geändert, nachdem Sie es geöffnet haben. Ihre Änderung bleibt erhalten: Laden Sie neu, um zu vergleichen, und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database refused: your role may not change %1.
%2</source>
        <translation>Die Datenbank hat abgelehnt: Ihre Rolle darf %1 nicht ändern.
%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the database was lost, so %1 was not changed. Your input is kept: try again once the status bar says connected.
%2</source>
        <translation>Die Verbindung zur Datenbank ist abgebrochen, daher wurde %1 nicht geändert. Ihre Eingaben bleiben erhalten: Versuchen Sie es erneut, sobald die Statusleiste „Verbunden“ meldet.
%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database refused the change to %1 because it breaks a rule:
%2</source>
        <translation>Die Datenbank hat die Änderung an %1 abgelehnt, weil sie eine Regel verletzt:
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database refused the change to %1:
%2</source>
        <translation>Die Datenbank hat die Änderung an %1 abgelehnt:
%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 no longer exists: someone may have removed it. Reload to see the current state.
%2</source>
        <translation>%1 existiert nicht mehr: Vielleicht hat es jemand entfernt. Laden Sie neu, um den aktuellen Stand zu sehen.
%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not change %1:
%2</source>
        <translation>%1 konnte nicht geändert werden:
%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused by the database</source>
        <translation>Von der Datenbank abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database error</source>
        <translation>Datenbankfehler</translation>
    </message>
</context>
<context>
    <name>TariffDiff</name>
    <message>
        <location filename="../models/tariff_diff.cpp" line="+48"/>
        <source>Monthly allowance: %1 credits</source>
        <translation>Monatliches Freikontingent: %1 Credits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default rate limit: %1</source>
        <translation>Standard-Ratenlimit: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monthly allowance: %1 → %2 credits</source>
        <translation>Monatliches Freikontingent: %1 → %2 Credits</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default rate limit: %1 → %2</source>
        <translation>Standard-Ratenlimit: %1 → %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Added rule %1: %2</source>
        <translation>Regel %1 hinzugefügt: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed rule %1: %2</source>
        <translation>Regel %1 geändert: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed rule %1 (was %2)</source>
        <translation>Regel %1 entfernt (war %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>per call %1 → %2</source>
        <translation>pro Aufruf %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per unit %1 → %2</source>
        <translation>pro Einheit %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>now premium</source>
        <translation>jetzt Premium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no longer premium</source>
        <translation>nicht mehr Premium</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rate limit %1 → %2</source>
        <translation>Ratenlimit %1 → %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added region %1 at %2 bp</source>
        <translation>Region %1 mit %2 BP hinzugefügt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed region %1: %2 → %3 bp</source>
        <translation>Region %1 geändert: %2 → %3 BP</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed region %1 (was %2 bp)</source>
        <translation>Region %1 entfernt (war %2 BP)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 per call, %2 per unit</source>
        <translation>%1 pro Aufruf, %2 pro Einheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, premium</source>
        <translation>, Premium</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, rate limit %1</source>
        <translation>, Ratenlimit %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 per %2 s</source>
        <translation>%1 pro %2 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the default</source>
        <translation>der Standard</translation>
    </message>
</context>
<context>
    <name>UsageRange</name>
    <message>
        <location filename="../models/usage_range.cpp" line="+76"/>
        <source>5 minutes (live)</source>
        <translation>5 Minuten (live)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
</context>
<context>
    <name>meterdesk</name>
    <message>
        <location filename="../app/meterdesk_main.cpp" line="+73"/>
        <source>The operator console of the metering database.

Without --db, the libpq environment (PGHOST, PGDATABASE, ...) is used when set, else the last connection profile.</source>
        <translation>Die Bedienkonsole der Abrechnungsdatenbank.

Ohne --db wird die libpq-Umgebung (PGHOST, PGDATABASE, ...) verwendet, sofern gesetzt, sonst das zuletzt verwendete Verbindungsprofil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connect to this libpq URI, without a dialog.</source>
        <translation>Ohne Dialog mit dieser libpq-URI verbinden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open this page: %1.</source>
        <translation>Diese Seite öffnen: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render every page to PNG files in this folder, then quit.</source>
        <translation>Jede Seite als PNG-Datei in diesen Ordner zeichnen, dann beenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the console in this language for this run: en, de or fr, or a locale such as de_CH (default: View &gt; Language, else the system&apos;s).</source>
        <translation>Die Konsole für diesen Start in dieser Sprache zeigen: en, de oder fr, oder ein Gebietsschema wie de_CH (Standard: Ansicht &gt; Sprache, sonst die des Systems).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The EVM node&apos;s JSON-RPC URL for the Escrows page (default $MD_NODE_URL, else the last one used); the contract comes from $MD_ESCROW_ADDRESS or the settings.</source>
        <translation>Die JSON-RPC-URL des EVM-Knotens für die Seite Treuhand (Standard $MD_NODE_URL, sonst die zuletzt verwendete); der Vertrag kommt aus $MD_ESCROW_ADDRESS oder den Einstellungen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>meterdesk: unknown language &apos;%1&apos; (one of: %2)</source>
        <translation>meterdesk: unbekannte Sprache „%1“ (eine von: %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>meterdesk: unknown page &apos;%1&apos; (one of: %2)</source>
        <translation>meterdesk: unbekannte Seite „%1“ (eine von: %2)</translation>
    </message>
</context>
<context>
    <name>meterdesk::documents::InvoiceText</name>
    <message>
        <location filename="../core/documents/invoice_pdf.cpp" line="+180"/>
        <source>No usage in this period.</source>
        <translation>Keine Nutzung in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Credits are what the prepaid balance was charged at the tariff versions in force; one credit is %1. Times and dates are UTC.</source>
        <translation>Credits sind die Beträge, mit denen das Prepaid-Guthaben zu den jeweils gültigen Tarifversionen belastet wurde; ein Credit entspricht %1. Zeiten und Daten in UTC.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voided on %1: %2</source>
        <translation>Storniert am %1: %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>DRAFT</source>
        <translation>ENTWURF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VOID</source>
        <translation>STORNIERT</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+184"/>
        <source>Tax ID %1</source>
        <translation>USt-IdNr. %1</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Bill to</source>
        <translation>Rechnungsempfänger</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tenant %1 (id %2)</source>
        <translation>Mandant %1 (ID %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/documents/invoice_text.cpp" line="+30"/>
        <source>not issued yet</source>
        <translation>noch nicht ausgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price of a credit</source>
        <translation>Preis pro Credit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corrects invoice</source>
        <translation>Korrigiert Rechnung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2 (continued)</source>
        <translation>%1 %2 (Fortsetzung)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount (%1)</source>
        <translation>Betrag (%1)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Platform fee (%1)</source>
        <translation>Plattformgebühr (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tax (%1)</source>
        <translation>Steuer (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax (%1, region %2)</source>
        <translation>Steuer (%1, Region %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total credited</source>
        <translation>Gutschriftsbetrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total due</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Credit account in the period</source>
        <translation>Guthabenkonto im Zeitraum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Top-ups</source>
        <translation>Aufladungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowance granted</source>
        <translation>Freikontingent gewährt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjustments</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Verfallen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 credits</source>
        <translation>%1 Credits</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../core/documents/invoice_text.cpp" line="-5"/>
        <source>Draft credit note</source>
        <translation>Gutschrift (Entwurf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft invoice</source>
        <translation>Rechnung (Entwurf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>issued</source>
        <translation>ausgestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>void</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>d MMM yyyy</source>
        <extracomment>QDate format pattern of dates on invoices: d day, MMM abbreviated month, yyyy year.</extracomment>
        <translation>d. MMM yyyy</translation>
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
        <translation>Monatliches Freikontingent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded credits</source>
        <translation>Erstattete Credits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escrow settlement</source>
        <translation>Treuhandabrechnung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>plan %1, version %2</source>
        <translation>Tarif %1, Version %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 credits per call</source>
        <translation>%1 Credits pro Aufruf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 credits per unit</source>
        <translation>%1 Credits pro Einheit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>free credits of the period, applied to usage first</source>
        <translation>Freie Credits des Zeitraums, zuerst auf die Nutzung angerechnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>credits returned to the account in the period</source>
        <translation>im Zeitraum dem Konto gutgeschriebene Credits</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>transaction %1</source>
        <translation>Transaktion %1</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::AlertModel</name>
    <message>
        <location filename="../models/alert_model.cpp" line="+44"/>
        <source>Credits exhausted</source>
        <translation>Guthaben aufgebraucht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low credit</source>
        <translation>Guthaben niedrig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::ApiKeyModel</name>
    <message>
        <location filename="../models/api_key_model.cpp" line="+41"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked %1</source>
        <translation>Widerrufen am %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::AuditLogModel</name>
    <message>
        <location filename="../models/audit_log_model.cpp" line="+75"/>
        <source>Tenant %1, which no longer exists</source>
        <translation>Mandant %1, den es nicht mehr gibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant id %1</source>
        <translation>Mandanten-ID %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database role</source>
        <translation>Datenbankrolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::EndpointRuleTableModel</name>
    <message>
        <location filename="../models/endpoint_rule_table_model.cpp" line="+75"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits per call</source>
        <translation>Credits pro Aufruf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits per unit</source>
        <translation>Credits pro Einheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate limit (requests)</source>
        <translation>Ratenlimit (Anfragen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate limit (seconds)</source>
        <translation>Ratenlimit (Sekunden)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>&quot;%1&quot; is not a whole number; leave the cell empty to use the plan&apos;s default rate limit.</source>
        <translation>„%1“ ist keine ganze Zahl; lassen Sie die Zelle leer, um das Standard-Ratenlimit des Tarifs zu verwenden.</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::EscrowDesk</name>
    <message>
        <location filename="../models/escrow_desk.cpp" line="+44"/>
        <source>release</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>settle</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 pending</source>
        <translation>%1 ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 confirmed in block %2</source>
        <translation>%1 in Block %2 bestätigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Release %1 to the payee</source>
        <translation>%1 an den Empfänger freigeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve the refund of %1</source>
        <translation>Erstattung von %1 genehmigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settle %1 by usage</source>
        <translation>%1 nach Nutzung abrechnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 go to the payee %2</source>
        <translation>%1 gehen an den Empfänger %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 go back to the payer %2</source>
        <translation>%1 gehen zurück an den Zahler %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing moves: the escrow holds no tokens.</source>
        <translation>Nichts wird bewegt: Die Treuhand hält keine Token.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the escrow of %1, %2.</source>
        <translation>Aus der Treuhand über %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>at most %1 ETH (%2 gas at up to %3 gwei), paid by %4</source>
        <translation>höchstens %1 ETH (%2 Gas zu bis zu %3 gwei), bezahlt von %4</translation>
    </message>
    <message>
        <location line="+440"/>
        <source>Not sent, so nothing moved: %1</source>
        <translation>Nicht gesendet, daher wurde nichts bewegt: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was sent: the decision could not be recorded in the metering database (%1). Check the connection and try again.</source>
        <translation>Nichts wurde gesendet: Die Entscheidung konnte nicht in der Abrechnungsdatenbank festgehalten werden (%1). Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>Tenants and decisions could not be read: %1</source>
        <translation>Mandanten und Entscheidungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The node is not connected yet.</source>
        <translation>Der Knoten ist noch nicht verbunden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No operator key for chain %1: import it first (Escrows › Import operator key…).</source>
        <translation>Kein Betreiberschlüssel für Chain %1: Importieren Sie ihn zuerst (Treuhand › Betreiberschlüssel importieren…).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The escrow %1 is not on the list; refresh first.</source>
        <translation>Die Treuhand %1 ist nicht in der Liste; aktualisieren Sie zuerst.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Amount to the payee: a settlement needs one.</source>
        <translation>Betrag an den Empfänger: Eine Abrechnung braucht einen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount to the payee: at most the escrowed %1.</source>
        <translation>Betrag an den Empfänger: höchstens die treuhänderisch gehaltenen %1.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The outcome could not be recorded (%1); it stays pending and is followed again on the next start.</source>
        <translation>Das Ergebnis konnte nicht festgehalten werden (%1); es bleibt ausstehend und wird beim nächsten Start erneut verfolgt.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pending decisions could not be read: %1</source>
        <translation>Ausstehende Entscheidungen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::EscrowModel</name>
    <message>
        <location filename="../models/escrow_model.cpp" line="+52"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refund requested</source>
        <translation>Erstattung beantragt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>released</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>settled</source>
        <translation>abgerechnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reclaimed</source>
        <translation>zurückgefordert</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payer</source>
        <translation>Zahler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::InvoiceListModel</name>
    <message>
        <location filename="../models/invoice_list_model.cpp" line="+89"/>
        <source>Not invoiced</source>
        <translation>Nicht abgerechnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credit note draft</source>
        <translation>Gutschrift (Entwurf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+78"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Void</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The tenant has usage in this period but no invoice yet</source>
        <translation>Der Mandant hat in diesem Zeitraum Nutzung, aber noch keine Rechnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved but not issued: it has no number and can still change</source>
        <translation>Gespeichert, aber nicht ausgestellt: Sie hat keine Nummer und kann sich noch ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrects invoice %1</source>
        <translation>Korrigiert Rechnung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued: numbered and sealed; the database refuses changes</source>
        <translation>Ausgestellt: nummeriert und versiegelt; die Datenbank lehnt Änderungen ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voided: %1</source>
        <translation>Storniert: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::LedgerModel</name>
    <message>
        <location filename="../models/ledger_model.cpp" line="+11"/>
        <source>Grant</source>
        <translation>Freikontingent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top-up</source>
        <translation>Aufladung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adjustment</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiry</source>
        <translation>Verfall</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::NodeSettings</name>
    <message>
        <location filename="../models/node_settings.cpp" line="+90"/>
        <source>Node URL: no EVM node is configured (--node URL or MD_NODE_URL)</source>
        <translation>Knoten-URL: Kein EVM-Knoten konfiguriert (--node URL oder MD_NODE_URL)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Node URL: must start with http:// or https://</source>
        <translation>Knoten-URL: muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Node URL: required, e.g. http://127.0.0.1:8545</source>
        <translation>Knoten-URL: erforderlich, z. B. http://127.0.0.1:8545</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Escrow contract: must be 0x and 40 hex digits (MD_ESCROW_ADDRESS)</source>
        <translation>Treuhandvertrag: muss aus 0x und 40 Hexziffern bestehen (MD_ESCROW_ADDRESS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmations: must be at least 1</source>
        <translation>Bestätigungen: müssen mindestens 1 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settlement rate: must be a number above zero, e.g. 0.5</source>
        <translation>Abrechnungskurs: muss eine Zahl über null sein, z. B. 0.5</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::OperatorKeyring</name>
    <message>
        <location filename="../models/operator_keyring.cpp" line="+57"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Private key: %1 (64 hex digits, optionally after 0x)</source>
        <translation>Privater Schlüssel: %1 (64 Hexziffern, optional nach 0x)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keystore password: it does not open this keystore file</source>
        <translation>Keystore-Passwort: Es öffnet diese Keystore-Datei nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keystore file: %1</source>
        <translation>Keystore-Datei: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Private key: %1</source>
        <translation>Privater Schlüssel: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The keychain refused to store the key: %1</source>
        <translation>Der Schlüsselbund hat das Speichern des Schlüssels abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stored operator key</source>
        <translation>Gespeicherter Betreiberschlüssel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The keychain refused to read the key: %1</source>
        <translation>Der Schlüsselbund hat das Lesen des Schlüssels abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The keychain refused to remove the key: %1</source>
        <translation>Der Schlüsselbund hat das Entfernen des Schlüssels abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::PlanListModel</name>
    <message>
        <location filename="../models/plan_list_model.cpp" line="+40"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In force</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next version from</source>
        <translation>Nächste Version ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::PlanVersionListModel</name>
    <message>
        <location filename="../models/plan_version_list_model.cpp" line="+53"/>
        <source>In force</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Superseded</source>
        <translation>Abgelöst</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 per %2 s</source>
        <translation>%1 pro %2 s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effective from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly allowance</source>
        <translation>Monatliches Freikontingent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default rate limit</source>
        <translation>Standard-Ratenlimit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::RegionMultiplierTableModel</name>
    <message>
        <location filename="../models/region_multiplier_table_model.cpp" line="+70"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basis points (10000 = ×1)</source>
        <translation>Basispunkte (10000 = ×1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; is not a whole number of basis points (10000 means ×1).</source>
        <translation>„%1“ ist keine ganze Zahl von Basispunkten (10000 bedeutet ×1).</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::TenantTableModel</name>
    <message>
        <location filename="../models/tenant_table_model.cpp" line="+83"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Slug</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::UsageChartModel</name>
    <message>
        <location filename="../models/usage_chart_model.cpp" line="+132"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowed</source>
        <translation>Zugelassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in plan</source>
        <translation>Nicht im Tarif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Premium required</source>
        <translation>Premium erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate limited</source>
        <translation>Ratenlimit erreicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No credits</source>
        <translation>Kein Guthaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
</context>
<context>
    <name>meterdesk::models::UsageRankingModel</name>
    <message>
        <location filename="../models/usage_ranking_model.cpp" line="+53"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::AlertsPanel</name>
    <message>
        <location filename="../ui/alerts_panel.cpp" line="+19"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Quittieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark the selected alert as seen; the audit log records that you did</source>
        <translation>Die ausgewählte Warnung als gesehen markieren; das Prüfprotokoll hält fest, dass Sie es getan haben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>acknowledge alerts</source>
        <translation>Warnungen quittieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alert acknowledged.</source>
        <translation>Warnung quittiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not acknowledge the alert: %1</source>
        <translation>Die Warnung konnte nicht quittiert werden: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Meterdesk alert</source>
        <translation>Meterdesk-Warnung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meterdesk</source>
        <translation>Meterdesk</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>none open</source>
        <translation>keine offen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::ApiKeySecretDialog</name>
    <message>
        <location filename="../ui/api_key_secret_dialog.cpp" line="+22"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New API key for %1</source>
        <translation>Neuer API-Schlüssel für %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;This secret is shown only now.&lt;/b&gt; Copy it and hand it to the tenant over a safe channel: Meterdesk keeps only its hash and cannot show it again.</source>
        <translation>&lt;b&gt;Dieses Geheimnis wird nur jetzt angezeigt.&lt;/b&gt; Kopieren Sie es und übergeben Sie es dem Mandanten über einen sicheren Kanal: Meterdesk speichert nur seinen Hash und kann es nicht erneut anzeigen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The API key the tenant&apos;s requests carry</source>
        <translation>Der API-Schlüssel, den die Anfragen des Mandanten mitführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the secret to the clipboard</source>
        <translation>Das Geheimnis in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prefix:</source>
        <translation>Präfix:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret:</source>
        <translation>Geheimnis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have copied it</source>
        <translation>Ich habe es kopiert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::AuditLogPage</name>
    <message>
        <location filename="../ui/audit_log_page.cpp" line="+81"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The row before the change</source>
        <translation>Die Zeile vor der Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The row after the change</source>
        <translation>Die Zeile nach der Änderung</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 entries loaded, newest first; older ones load as you scroll</source>
        <translation>%1 Einträge geladen, neueste zuerst; ältere werden beim Blättern geladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 entries, newest first</source>
        <translation>%1 Einträge, neueste zuerst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not load the audit log: %1</source>
        <translation>Das Prüfprotokoll konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tenant slug or id</source>
        <translation>Kürzel oder ID des Mandanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only changes to one tenant&apos;s rows; press Enter to apply</source>
        <translation>Nur Änderungen an den Zeilen eines Mandanten; mit Eingabe anwenden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only changes made by one operator</source>
        <translation>Nur Änderungen eines Bearbeiters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only changes to one table</source>
        <translation>Nur Änderungen an einer Tabelle</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only changes at or after this local time</source>
        <translation>Nur Änderungen ab dieser Ortszeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only changes before this local time</source>
        <translation>Nur Änderungen vor dieser Ortszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit the entries to a start time</source>
        <translation>Einträge auf eine Startzeit begrenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit the entries to an end time</source>
        <translation>Einträge auf eine Endzeit begrenzen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No tenant %1</source>
        <translation>Kein Mandant %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Any operator</source>
        <translation>Alle Bearbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any table</source>
        <translation>Alle Tabellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an entry to compare the row before and after the change.</source>
        <translation>Wählen Sie einen Eintrag, um die Zeile vor und nach der Änderung zu vergleichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none: the row was inserted)</source>
        <translation>(keine: die Zeile wurde eingefügt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none: the row was deleted)</source>
        <translation>(keine: die Zeile wurde gelöscht)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No field changed.</source>
        <translation>Kein Feld geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::ConnectionController</name>
    <message>
        <location filename="../ui/connection_controller.cpp" line="+105"/>
        <source>The server refused the login of %1: %2</source>
        <translation>Der Server hat die Anmeldung von %1 abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/connection_dialog.cpp" line="+28"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server details</source>
        <translation>Serverangaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection URI</source>
        <translation>Verbindungs-URI</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+255"/>
        <source>Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>Connect to a metering database</source>
        <translation>Mit einer Abrechnungsdatenbank verbinden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved connection profiles</source>
        <translation>Gespeicherte Verbindungsprofile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new connection profile</source>
        <translation>Ein neues Verbindungsprofil beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected profile and its stored password</source>
        <translation>Das ausgewählte Profil und sein gespeichertes Passwort löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A name to find this profile by</source>
        <translation>Ein Name, unter dem Sie dieses Profil wiederfinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give host, port, database and user separately</source>
        <translation>Host, Port, Datenbank und Benutzer einzeln angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a libpq connection URI, e.g. postgresql://alice@db.example.com/meterdesk</source>
        <translation>Eine libpq-Verbindungs-URI angeben, z. B. postgresql://alice@db.example.com/meterdesk</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>db.example.com or /var/run/postgresql</source>
        <translation>db.example.com oder /var/run/postgresql</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A host name, an IP address, or the folder of a Unix socket</source>
        <translation>Ein Hostname, eine IP-Adresse oder der Ordner eines Unix-Sockets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s port (PostgreSQL&apos;s default is 5432)</source>
        <translation>Der Port des Servers (Standard bei PostgreSQL: 5432)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The metering database&apos;s name</source>
        <translation>Der Name der Abrechnungsdatenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PostgreSQL role to log in as</source>
        <translation>Die PostgreSQL-Rolle, mit der angemeldet wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>libpq&apos;s sslmode: verify-full checks the server&apos;s certificate and name</source>
        <translation>sslmode von libpq: verify-full prüft Zertifikat und Namen des Servers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A libpq connection URI or key=value settings, without the password</source>
        <translation>Eine libpq-Verbindungs-URI oder Schlüssel=Wert-Einstellungen, ohne Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty when the server needs none (peer, trust or ~/.pgpass)</source>
        <translation>Leer lassen, wenn der Server keines verlangt (peer, trust oder ~/.pgpass)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in the system keychain, never in Meterdesk&apos;s settings</source>
        <translation>Im Schlüsselbund des Systems gespeichert, nie in den Einstellungen von Meterdesk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect with:</source>
        <translation>Verbinden mit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host or socket folder:</source>
        <translation>Host oder Socket-Ordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS mode:</source>
        <translation>TLS-Modus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URI:</source>
        <translation>URI:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Remember the password until Meterdesk quits</source>
        <translation>Passwort bis zum Beenden von Meterdesk merken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keychain is available: the password is kept in memory only and asked for again next time.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Das Passwort wird nur im Arbeitsspeicher gehalten und beim nächsten Mal erneut abgefragt.</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::CreditDialog</name>
    <message>
        <location filename="../ui/credit_dialog.cpp" line="+31"/>
        <source>Top up %1</source>
        <translation>%1 aufladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjust credits of %1</source>
        <translation>Credits von %1 korrigieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 25</source>
        <translation>z. B. 25</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. -5 or 12.5</source>
        <translation>z. B. -5 oder 12,5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credits to add, up to six decimals</source>
        <translation>Gutzuschreibende Credits, bis zu sechs Dezimalstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits to add (positive) or remove (negative), up to six decimals</source>
        <translation>Credits gutschreiben (positiv) oder abziehen (negativ), bis zu sechs Dezimalstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why: an order number, a ticket, a goodwill gesture…</source>
        <translation>Warum: eine Bestellnummer, ein Ticket, eine Kulanz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded in the ledger and the audit log</source>
        <translation>Wird im Buchungsjournal und im Prüfprotokoll festgehalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance:</source>
        <translation>Guthaben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits:</source>
        <translation>Credits:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Top up…</source>
        <translation>Aufladen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adjust…</source>
        <translation>Korrigieren…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>out of range</source>
        <translation>außerhalb des Bereichs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1 credits from %2 (balance %3 → %4)?</source>
        <translation>%1 Credits von %2 abziehen (Guthaben %3 → %4)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add %1 credits to %2 (balance %3 → %4)?</source>
        <translation>%1 Credits für %2 gutschreiben (Guthaben %3 → %4)?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Credits: required.</source>
        <translation>Credits: erforderlich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credits: a top-up must be more than zero.</source>
        <translation>Credits: Eine Aufladung muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits: an adjustment must not be zero.</source>
        <translation>Credits: Eine Korrektur darf nicht null sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: required; it goes into the ledger.</source>
        <translation>Grund: erforderlich; er wird ins Buchungsjournal übernommen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Confirm top-up</source>
        <translation>Aufladung bestätigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm adjustment</source>
        <translation>Korrektur bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top up</source>
        <translation>Aufladen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adjust</source>
        <translation>Korrigieren</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::DatabaseStatusIndicator</name>
    <message>
        <location filename="../ui/status_indicators.cpp" line="+37"/>
        <source>the metering database</source>
        <translation>die Abrechnungsdatenbank</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use File › Connect… to choose a metering database</source>
        <translation>Wählen Sie mit Datei › Verbinden… eine Abrechnungsdatenbank</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connecting to %1</source>
        <translation>Verbinde mit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reconnecting…</source>
        <translation>Verbinde erneut…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to %1 was lost</source>
        <translation>Die Verbindung zu %1 ist abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to %1 was lost: %2</source>
        <translation>Die Verbindung zu %1 ist abgebrochen: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connected, reading the role…</source>
        <translation>Verbunden, Rolle wird gelesen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected as %1 · PostgreSQL %2</source>
        <translation>Verbunden als %1 · PostgreSQL %2</translation>
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
Antwortzeit wird alle paar Sekunden gemessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The metering database</source>
        <translation>Die Abrechnungsdatenbank</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::EscrowDecisionDialog</name>
    <message>
        <location filename="../ui/escrow_decision_dialog.cpp" line="+22"/>
        <source>released</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>settled</source>
        <translation>abgerechnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Succeeds on the latest block: the escrow ends %1, the payee receives %2 and the payer %3.</source>
        <translation>Gelingt auf dem neuesten Block: Die Treuhand endet %1, der Empfänger erhält %2 und der Zahler %3.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>What moves</source>
        <translation>Was bewegt wird</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, the operator key of chain %2 from the keychain</source>
        <translation>%1, der Betreiberschlüssel der Chain %2 aus dem Schlüsselbund</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once sent, the decision is recorded as pending and followed until it is confirmed on chain; it cannot be taken back.</source>
        <translation>Einmal gesendet, wird die Entscheidung als ausstehend festgehalten und verfolgt, bis sie auf der Chain bestätigt ist; sie kann nicht zurückgenommen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sign and send</source>
        <translation>&amp;Signieren und senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign the transaction with the operator key and send it to the node</source>
        <translation>Die Transaktion mit dem Betreiberschlüssel signieren und an den Knoten senden</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::EscrowsPage</name>
    <message>
        <location filename="../ui/escrows_page.cpp" line="+97"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Escrows on the node; refund requests first, then open ones</source>
        <translation>Treuhandposten auf dem Knoten; zuerst Erstattungsanträge, dann offene</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No EVM node is configured: choose File › Node settings… (Ctrl+Shift+E), start Meterdesk with --node URL, or set MD_NODE_URL and MD_ESCROW_ADDRESS.</source>
        <translation>Kein EVM-Knoten konfiguriert: Wählen Sie Datei › Knoteneinstellungen… (Strg+Umschalt+E), starten Sie Meterdesk mit --node URL oder setzen Sie MD_NODE_URL und MD_ESCROW_ADDRESS.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The EVM node cannot be used: %1</source>
        <translation>Der EVM-Knoten kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The escrow contract is paused: it refuses every decision until its owner unpauses it. Payers may still reclaim after the deadline.</source>
        <translation>Der Treuhandvertrag ist pausiert: Er lehnt jede Entscheidung ab, bis sein Eigentümer ihn fortsetzt. Zahler können nach Fristablauf weiterhin zurückfordern.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Escrows could not be read: %1</source>
        <translation>Treuhandposten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The evidence could not be read: %1</source>
        <translation>Die Nachweise konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refused before signing</source>
        <translation>Vor dem Signieren abgelehnt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decision %1 sent, pending: transaction %2</source>
        <translation>Entscheidung %1 gesendet, ausstehend: Transaktion %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decision %1 confirmed in block %2</source>
        <translation>Entscheidung %1 in Block %2 bestätigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision %1 failed: %2</source>
        <translation>Entscheidung %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Approve &amp;refund…</source>
        <translation>&amp;Erstattung genehmigen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return the whole escrow to the payer (Ctrl+Alt+R)</source>
        <translation>Die gesamte Treuhand an den Zahler zurückgeben (Strg+Alt+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;lease…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Alt+L</source>
        <translation>Ctrl+Alt+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay the whole escrow to the payee (Ctrl+Alt+L)</source>
        <translation>Die gesamte Treuhand an den Empfänger auszahlen (Strg+Alt+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settle…</source>
        <translation>&amp;Abrechnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay the payee by the job&apos;s metered usage and return the rest (Ctrl+Alt+S)</source>
        <translation>Den Empfänger nach der erfassten Nutzung des Auftrags bezahlen und den Rest zurückgeben (Strg+Alt+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import operator key…</source>
        <translation>Betreiberschlüssel &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Alt+K</source>
        <translation>Ctrl+Alt+K</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store the escrow owner&apos;s signing key in the system keychain (Ctrl+Alt+K)</source>
        <translation>Den Signierschlüssel des Treuhand-Eigentümers im Schlüsselbund des Systems speichern (Strg+Alt+K)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>decide escrows</source>
        <translation>über Treuhand entscheiden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show escrows in this state</source>
        <translation>Treuhandposten in diesem Zustand zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undecided</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund requested</source>
        <translation>Erstattung beantragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reclaimed</source>
        <translation>Zurückgefordert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search job, payer, payee or tenant</source>
        <translation>Auftrag, Zahler, Empfänger oder Mandant suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part of a job reference, a wallet address or a tenant&apos;s slug</source>
        <translation>Teil einer Auftragsreferenz, einer Wallet-Adresse oder des Kürzels eines Mandanten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading escrows from the node</source>
        <translation>Treuhandposten werden vom Knoten gelesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+78"/>
        <source>Select an escrow to see its history and the job&apos;s usage.</source>
        <translation>Wählen Sie einen Treuhandposten, um seinen Verlauf und die Nutzung des Auftrags zu sehen.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The escrow&apos;s events on chain, oldest first</source>
        <translation>Die Ereignisse des Treuhandpostens auf der Chain, älteste zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operators&apos; decisions on this escrow, as recorded in the metering database</source>
        <translation>Die Entscheidungen der Bearbeiter zu diesem Treuhandposten, wie in der Abrechnungsdatenbank festgehalten</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;Payer %4%5 · payee %6&lt;br&gt;Opened %7 · deadline %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;Zahler %4%5 · Empfänger %6&lt;br&gt;Eröffnet %7 · Frist %8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (no tenant has this wallet)</source>
        <translation> (kein Mandant hat diese Wallet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (tenant %1)</source>
        <translation> (Mandant %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the history and the job&apos;s usage…</source>
        <translation>Verlauf und Nutzung des Auftrags werden gelesen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No tenant has the payer&apos;s wallet, so no metered usage can be matched to this job.</source>
        <translation>Kein Mandant hat die Wallet des Zahlers, daher kann diesem Auftrag keine erfasste Nutzung zugeordnet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tenant %1 has no metered calls for job %2.</source>
        <translation>Mandant %1 hat keine erfassten Aufrufe für Auftrag %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Metered usage of job %1 by %2: %3 calls allowed, %4 denied, %5 units, %6 credits</source>
        <translation>Erfasste Nutzung des Auftrags %1 durch %2: %3 Aufrufe zugelassen, %4 abgelehnt, %5 Einheiten, %6 Credits</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> = %1 at %2 %3 per credit.&lt;br&gt;&lt;b&gt;Suggested settlement:&lt;/b&gt; %4 to the payee, %5 back to the payer.</source>
        <translation> = %1 zu %2 %3 pro Credit.&lt;br&gt;&lt;b&gt;Vorgeschlagene Abrechnung:&lt;/b&gt; %4 an den Empfänger, %5 zurück an den Zahler.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Transaction hash</source>
        <translation>Transaktions-Hash</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>block %1</source>
        <translation>Block %1</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n escrow(s)</source>
        <translation>
            <numerusform>%n Treuhandposten</numerusform>
            <numerusform>%n Treuhandposten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n escrow(s)</source>
        <translation>
            <numerusform>%1 von %n Treuhandposten</numerusform>
            <numerusform>%1 von %n Treuhandposten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+27"/>
        <source>Simulating on the latest block…</source>
        <translation>Simulation auf dem neuesten Block…</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Settle %1</source>
        <translation>%1 abrechnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount to the payee in %1 (at most %2); the rest goes back to the payer. Suggested by the job&apos;s usage:</source>
        <translation>Betrag an den Empfänger in %1 (höchstens %2); der Rest geht zurück an den Zahler. Vorschlag nach der Nutzung des Auftrags:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Review…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Amount to the payee: %1</source>
        <translation>Betrag an den Empfänger: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settle</source>
        <translation>Abrechnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount to the payee: a number of %1 with at most %2 decimals (%3)</source>
        <translation>Betrag an den Empfänger: eine Zahl in %1 mit höchstens %2 Dezimalstellen (%3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Awaiting your confirmation: %1</source>
        <translation>Wartet auf Ihre Bestätigung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing and sending: %1</source>
        <translation>Wird signiert und gesendet: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connect to an EVM node first: the key is kept per chain.</source>
        <translation>Verbinden Sie sich zuerst mit einem EVM-Knoten: Der Schlüssel wird pro Chain aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::InvoiceExportJob</name>
    <message>
        <location filename="../ui/invoice_export_job.cpp" line="+28"/>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Invoice %1 of tenant %2 no longer exists</source>
        <translation>Rechnung %1 des Mandanten %2 existiert nicht mehr</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::InvoicePreview</name>
    <message>
        <location filename="../ui/invoice_preview.cpp" line="+36"/>
        <source>Computed now from the rollups; not saved. Issuing stores exactly this.</source>
        <translation>Soeben aus den Verdichtungen berechnet; nicht gespeichert. Das Ausstellen speichert genau dies.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved draft: issuing computes it again from the rollups.</source>
        <translation>Gespeicherter Entwurf: Das Ausstellen berechnet ihn erneut aus den Verdichtungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued %1 by %2; sealed, SHA-256 %3…</source>
        <translation>Ausgestellt am %1 von %2; versiegelt, SHA-256 %3…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Void since %1: %2</source>
        <translation>Storniert seit %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No usage in this period.</source>
        <translation>Keine Nutzung in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (%1)</source>
        <translation>Betrag (%1)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform fee (%1)</source>
        <translation>Plattformgebühr (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tax (%1)</source>
        <translation>Steuer (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total credited</source>
        <translation>Gutschriftsbetrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total due</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Corrects invoice %1</source>
        <translation>Korrigiert Rechnung %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period %1 · plan %2 · region %3</source>
        <translation>Zeitraum %1 · Tarif %2 · Region %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price of a credit: %1</source>
        <translation>Preis pro Credit: %1</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::InvoicesPage</name>
    <message>
        <location filename="../ui/invoices_page.cpp" line="+97"/>
        <location line="+274"/>
        <source>Select an invoice or a tenant to preview it.</source>
        <translation>Wählen Sie eine Rechnung oder einen Mandanten für die Vorschau.</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Could not load the invoices: %1</source>
        <translation>Die Rechnungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Issue…</source>
        <translation>&amp;Ausstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue the selected tenant&apos;s invoice for the period: it gets the next number of the year and can no longer change</source>
        <translation>Die Rechnung des ausgewählten Mandanten für den Zeitraum ausstellen: Sie erhält die nächste Nummer des Jahres und kann sich nicht mehr ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Void…</source>
        <translation>&amp;Stornieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void the selected issued invoice, with a reason</source>
        <translation>Die ausgewählte ausgestellte Rechnung mit Begründung stornieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Credit note…</source>
        <translation>&amp;Gutschrift…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the selected issued invoice: issue a credit note that negates it</source>
        <translation>Die ausgewählte ausgestellte Rechnung korrigieren: eine Gutschrift ausstellen, die sie aufhebt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue &amp;all…</source>
        <translation>&amp;Alle ausstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue the period&apos;s invoice of every tenant with usage that has none yet</source>
        <translation>Die Rechnung des Zeitraums für jeden Mandanten mit Nutzung ausstellen, der noch keine hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export selected…</source>
        <translation>Auswahl &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the selected invoices as PDF and CSV into a folder</source>
        <translation>Die ausgewählten Rechnungen als PDF und CSV in einen Ordner schreiben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;period…</source>
        <translation>&amp;Zeitraum exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every issued invoice of the period, for all tenants, as PDF and CSV into a folder</source>
        <translation>Alle ausgestellten Rechnungen des Zeitraums für alle Mandanten als PDF und CSV in einen Ordner schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the month before</source>
        <translation>Den Vormonat zeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the month after</source>
        <translation>Den Folgemonat zeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>issue invoices</source>
        <translation>Rechnungen ausstellen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>void invoices</source>
        <translation>Rechnungen stornieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issue credit notes</source>
        <translation>Gutschriften ausstellen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The invoiced month (UTC). Previous/next month: %1 / %2</source>
        <translation>Der abgerechnete Monat (UTC). Vorheriger/nächster Monat: %1 / %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search tenant slug or name (Ctrl+F)</source>
        <translation>Kürzel oder Name des Mandanten suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only tenants whose slug or name contains this text</source>
        <translation>Nur Mandanten zeigen, deren Kürzel oder Name diesen Text enthält</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show only rows in this state</source>
        <translation>Nur Zeilen in diesem Zustand zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not invoiced</source>
        <translation>Nicht abgerechnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+268"/>
        <source>Void</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%v of %m invoices</source>
        <translation>%v von %m Rechnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop after the invoice being written or issued (Esc): files stay complete, issued invoices stay issued</source>
        <translation>Nach der gerade geschriebenen oder ausgestellten Rechnung anhalten (Esc): Dateien bleiben vollständig, ausgestellte Rechnungen bleiben ausgestellt</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%n row(s) for %1</source>
        <translation>
            <numerusform>%n Zeile für %1</numerusform>
            <numerusform>%n Zeilen für %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (more as you scroll)</source>
        <translation> (weitere beim Blättern)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n invoices selected: Export selected writes them all.</source>
        <translation>
            <numerusform>%n Rechnung ausgewählt: Auswahl exportieren schreibt sie.</numerusform>
            <numerusform>%n Rechnungen ausgewählt: Auswahl exportieren schreibt sie alle.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading the invoice…</source>
        <translation>Rechnung wird geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computing the draft from the rollups…</source>
        <translation>Entwurf wird aus den Verdichtungen berechnet…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <location line="+58"/>
        <location line="+83"/>
        <location line="+23"/>
        <source>this invoice</source>
        <translation>diese Rechnung</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Issue invoice</source>
        <translation>Rechnung ausstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue the %1 invoice of %2 (%3)?</source>
        <translation>Die Rechnung für %1 an %2 (%3) ausstellen?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>It gets the next number of %1 — %2 unless another invoice is issued first — in the same transaction, and can no longer change afterwards: a correction takes a credit note.

Total due: %3 (%4 credits), %n line(s).</source>
        <translation>
            <numerusform>Sie erhält in derselben Transaktion die nächste Nummer von %1 – %2, sofern nicht zuvor eine andere Rechnung ausgestellt wird – und kann sich danach nicht mehr ändern: Eine Korrektur erfordert eine Gutschrift.

Gesamtbetrag: %3 (%4 Credits), %n Position.</numerusform>
            <numerusform>Sie erhält in derselben Transaktion die nächste Nummer von %1 – %2, sofern nicht zuvor eine andere Rechnung ausgestellt wird – und kann sich danach nicht mehr ändern: Eine Korrektur erfordert eine Gutschrift.

Gesamtbetrag: %3 (%4 Credits), %n Positionen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Issue</source>
        <translation>Ausstellen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Issued invoice %1 for %2</source>
        <translation>Rechnung %1 für %2 ausgestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice issued</source>
        <translation>Rechnung ausgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invoice of %1 for %2 is issued as number %3.</source>
        <translation>Die Rechnung an %1 für %2 ist unter der Nummer %3 ausgestellt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not issued</source>
        <translation>Nicht ausgestellt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Void invoice %1</source>
        <translation>Rechnung %1 stornieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void invoice %1 of %2?

It keeps its number (numbers stay gapless) and stays on record, marked void with your reason; the tenant&apos;s period can then be invoiced again. Voiding makes no credit note: if the tenant already has the invoice, correct it with a credit note (Credit note…), a document of its own that references it.

Reason (required, at most %3 characters):</source>
        <translation>Rechnung %1 von %2 stornieren?

Sie behält ihre Nummer (die Nummern bleiben lückenlos) und bleibt erhalten, als storniert markiert mit Ihrer Begründung; der Zeitraum des Mandanten kann dann erneut abgerechnet werden. Eine Stornierung erzeugt keine Gutschrift: Hat der Mandant die Rechnung bereits erhalten, korrigieren Sie sie mit einer Gutschrift (Gutschrift…), einem eigenen Dokument, das auf sie verweist.

Grund (erforderlich, höchstens %3 Zeichen):</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+5"/>
        <location line="+71"/>
        <source>Not voided</source>
        <translation>Nicht storniert</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Reason must not be empty: voiding an invoice must say why.</source>
        <translation>Der Grund darf nicht leer sein: Eine Stornierung muss begründet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason must be at most %1 characters (it has %2).</source>
        <translation>Der Grund darf höchstens %1 Zeichen haben (er hat %2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue a credit note for invoice %1 of %2?</source>
        <translation>Eine Gutschrift zur Rechnung %1 von %2 ausstellen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credit note negates every line and total of %1 (%2), references it, and gets the next number of the year; %1 itself stays issued.</source>
        <translation>Die Gutschrift hebt jede Position und jede Summe von %1 (%2) auf, verweist auf sie und erhält die nächste Nummer des Jahres; %1 selbst bleibt ausgestellt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issue credit note</source>
        <translation>Gutschrift ausstellen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Issued credit note %1 correcting %2</source>
        <translation>Gutschrift %1 zur Korrektur von %2 ausgestellt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No credit note issued</source>
        <translation>Keine Gutschrift ausgestellt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Voided invoice %1 of %2</source>
        <translation>Rechnung %1 von %2 storniert</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export the invoices of %1 into</source>
        <translation>Die Rechnungen für %1 exportieren nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected invoices into</source>
        <translation>Die ausgewählten Rechnungen exportieren nach</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n selected tenant(s) have no invoice yet and are left out</source>
        <translation>
            <numerusform>%n ausgewählter Mandant hat noch keine Rechnung und wird ausgelassen</numerusform>
            <numerusform>%n ausgewählte Mandanten haben noch keine Rechnung und werden ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting invoices…</source>
        <translation>Rechnungen werden exportiert…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Issue all invoices</source>
        <translation>Alle Rechnungen ausstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue the %1 invoices of every tenant that has usage and no issued invoice yet?</source>
        <translation>Für %1 die Rechnungen aller Mandanten ausstellen, die Nutzung und noch keine ausgestellte Rechnung haben?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each invoice is computed from the rollups, gets the next number of the year and is issued in its own transaction; saved drafts are replaced. Cancel stops between tenants: what was issued stays issued.</source>
        <translation>Jede Rechnung wird aus den Verdichtungen berechnet, erhält die nächste Nummer des Jahres und wird in einer eigenen Transaktion ausgestellt; gespeicherte Entwürfe werden ersetzt. Abbrechen hält zwischen zwei Mandanten an: Was ausgestellt ist, bleibt ausgestellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue all</source>
        <translation>Alle ausstellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the period&apos;s usage…</source>
        <translation>Nutzung des Zeitraums wird gelesen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issuing invoices…</source>
        <translation>Rechnungen werden ausgestellt…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No invoice issued</source>
        <translation>Keine Rechnung ausgestellt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Issued %n invoice(s), %1 to %2</source>
        <translation>
            <numerusform>%n Rechnung ausgestellt, %1 bis %2</numerusform>
            <numerusform>%n Rechnungen ausgestellt, %1 bis %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issuing stopped</source>
        <translation>Ausstellen angehalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some invoices were not issued</source>
        <translation>Einige Rechnungen wurden nicht ausgestellt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; cancelled before the other tenants</source>
        <translation>%1; vor den übrigen Mandanten abgebrochen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling after the invoice being written…</source>
        <translation>Abbruch nach der gerade geschriebenen Rechnung…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelling after the invoice being issued…</source>
        <translation>Abbruch nach der gerade ausgestellten Rechnung…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export stopped</source>
        <translation>Export angehalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2 invoices were exported before this error:
%3</source>
        <translation>%1 von %2 Rechnungen wurden vor diesem Fehler exportiert:
%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export cancelled: %1 of %2 invoices written, each complete</source>
        <translation>Export abgebrochen: %1 von %2 Rechnungen geschrieben, jede vollständig</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %n invoice(s) (%1 files)</source>
        <translation>
            <numerusform>%n Rechnung exportiert (%1 Dateien)</numerusform>
            <numerusform>%n Rechnungen exportiert (%1 Dateien)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::LanguageMenu</name>
    <message>
        <location filename="../ui/language_menu.cpp" line="+11"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Takes effect the next time Meterdesk starts</source>
        <translation>Wirkt beim nächsten Start von Meterdesk</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Meterdesk will follow the system&apos;s language the next time it starts.</source>
        <translation>Meterdesk verwendet ab dem nächsten Start die Sprache des Systems.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meterdesk will be in %1 the next time it starts.</source>
        <translation>Meterdesk erscheint ab dem nächsten Start in der Sprache %1.</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::LiveUsagePage</name>
    <message>
        <location filename="../ui/live_usage_page.cpp" line="+59"/>
        <location line="+186"/>
        <source>Allowed</source>
        <translation>Zugelassen</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Rate limited</source>
        <translation>Ratenlimit erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No credits</source>
        <translation>Kein Guthaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in plan</source>
        <translation>Nicht im Tarif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premium required</source>
        <translation>Premium erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>%1: %2 (%3 %4)</source>
        <translation>%1: %2 (%3 %4)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 calls, %3 denied&lt;br&gt;%4 credits</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Aufrufe, %3 abgelehnt&lt;br&gt;%4 Credits</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The period the charts show</source>
        <translation>Der Zeitraum, den die Diagramme zeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All tenants (type a slug, Enter)</source>
        <translation>Alle Mandanten (Kürzel eingeben, Eingabe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show one tenant&apos;s usage: type its slug and press Enter, or click its bar</source>
        <translation>Die Nutzung eines Mandanten zeigen: Kürzel eingeben und Eingabe drücken oder auf seinen Balken klicken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show one endpoint of the tenant</source>
        <translation>Einen Endpunkt des Mandanten zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+176"/>
        <source>All endpoints</source>
        <translation>Alle Endpunkte</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+99"/>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Freeze the charts; live updates wait until you resume</source>
        <translation>Die Diagramme anhalten; Live-Aktualisierungen warten, bis Sie fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the series shown, bucket by bucket, as CSV</source>
        <translation>Die gezeigten Reihen Intervall für Intervall als CSV speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;PNG…</source>
        <translation>P&amp;NG exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the charts as a PNG picture</source>
        <translation>Die Diagramme als PNG-Bild speichern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Calls per second</source>
        <translation>Aufrufe pro Sekunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>calls/s</source>
        <translation>Aufrufe/s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits per second</source>
        <translation>Credits pro Sekunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>credits/s</source>
        <translation>Credits/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top tenants</source>
        <translation>Top-Mandanten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top endpoints</source>
        <translation>Top-Endpunkte</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not read usage: %1</source>
        <translation>Die Nutzung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>There is no tenant &apos;%1&apos;.</source>
        <translation>Es gibt keinen Mandanten „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not find the tenant: %1</source>
        <translation>Der Mandant wurde nicht gefunden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Showing the usage of %1.</source>
        <translation>Nutzung von %1 wird angezeigt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not list the tenant&apos;s endpoints: %1</source>
        <translation>Die Endpunkte des Mandanten konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the picture could not be written to %1</source>
        <translation>das Bild konnte nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the usage series</source>
        <translation>Die Nutzungsreihen exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the series to %1.</source>
        <translation>Reihen in %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Export the charts</source>
        <translation>Die Diagramme exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the charts to %1.</source>
        <translation>Diagramme in %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Live updates wait until you resume</source>
        <translation>Live-Aktualisierungen warten, bis Sie fortsetzen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Live feed lost; reconnecting</source>
        <translation>Live-Daten unterbrochen; verbinde erneut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Updated from the database&apos;s notifications as calls are metered</source>
        <translation>Aktualisiert durch die Benachrichtigungen der Datenbank, sobald Aufrufe erfasst werden</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Not live</source>
        <translation>Nicht live</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not listening for the database&apos;s notifications</source>
        <translation>Keine Benachrichtigungen der Datenbank abonniert</translation>
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
        <translation>%1 zeigen (Strg+%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose or edit a connection profile</source>
        <translation>Ein Verbindungsprofil wählen oder bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Node settings…</source>
        <translation>&amp;Knoteneinstellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The EVM node, escrow contract, confirmations and settlement rate</source>
        <translation>EVM-Knoten, Treuhandvertrag, Bestätigungen und Abrechnungskurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show the %1 page</source>
        <translation>Die Seite „%1“ zeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the current page again from the database</source>
        <translation>Die aktuelle Seite erneut aus der Datenbank lesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tenant</source>
        <translation>&amp;Mandant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Plan</source>
        <translation>&amp;Tarif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Escrows</source>
        <translation>T&amp;reuhand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Meterdesk</source>
        <translation>Ü&amp;ber Meterdesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Node settings saved: connecting to %1</source>
        <translation>Knoteneinstellungen gespeichert: Verbindung zu %1 wird hergestellt</translation>
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
        <translation>Passwörter nur im Speicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No system keychain is available, so passwords are kept in memory until Meterdesk quits and asked for again next time.
%1</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Passwörter werden bis zum Beenden von Meterdesk im Arbeitsspeicher gehalten und beim nächsten Mal erneut abgefragt.
%1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>About Meterdesk</source>
        <translation>Über Meterdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Meterdesk %1&lt;/h3&gt;&lt;p&gt;The operator console for API usage metering and prepaid credits: tenants, plans, usage, escrows and invoices.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Meterdesk %1&lt;/h3&gt;&lt;p&gt;Die Bedienkonsole für die Abrechnung von API-Nutzung und Prepaid-Credits: Mandanten, Tarife, Nutzung, Treuhand und Rechnungen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::MethodDelegate</name>
    <message>
        <location filename="../ui/tariff_delegates.cpp" line="+70"/>
        <source>&quot;*&quot; matches every method</source>
        <translation>„*“ passt auf jede Methode</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::NewPlanDialog</name>
    <message>
        <location filename="../ui/new_plan_dialog.cpp" line="+22"/>
        <source>New plan</source>
        <translation>Neuer Tarif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. growth-2027</source>
        <translation>z. B. growth-2027</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What tenants and gateways refer to: lower-case letters, digits and hyphens, at most 40; it never changes</source>
        <translation>Worauf sich Mandanten und Gateways beziehen: Kleinbuchstaben, Ziffern und Bindestriche, höchstens 40; er ändert sich nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Growth 2027</source>
        <translation>z. B. Growth 2027</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name operators and invoices show</source>
        <translation>Der Name, den Bearbeiter und Rechnungen sehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After saving, the editor opens for the plan&apos;s first tariff version.</source>
        <translation>Nach dem Speichern öffnet sich der Editor für die erste Tarifversion.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::NodeSettingsDialog</name>
    <message>
        <location filename="../ui/node_settings_dialog.cpp" line="+32"/>
        <source>node URL</source>
        <translation>Knoten-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>escrow contract</source>
        <translation>Treuhandvertrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirmations</source>
        <translation>Bestätigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settlement rate</source>
        <translation>Abrechnungskurs</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+180"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Node settings</source>
        <translation>Knoteneinstellungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Where the Escrows page reads escrows and sends decisions. Saved settings apply at once and are remembered for the next start.</source>
        <translation>Wo die Seite Treuhand die Treuhandposten liest und Entscheidungen sendet. Gespeicherte Einstellungen gelten sofort und bleiben für den nächsten Start erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sets the %2</source>
        <translation>%1 bestimmt: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set by the environment: %1. These replace the saved values at every start; what you save here applies until the console closes.</source>
        <translation>Von der Umgebung gesetzt: %1. Diese ersetzen die gespeicherten Werte bei jedem Start; was Sie hier speichern, gilt, bis die Konsole geschlossen wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node&apos;s JSON-RPC endpoint, http:// or https:// (MD_NODE_URL)</source>
        <translation>Der JSON-RPC-Endpunkt des Knotens, http:// oder https:// (MD_NODE_URL)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CreditEscrow contract&apos;s address: 0x and 40 hex digits (MD_ESCROW_ADDRESS)</source>
        <translation>Die Adresse des CreditEscrow-Vertrags: 0x und 40 Hexziffern (MD_ESCROW_ADDRESS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocks a decision waits for before it counts as confirmed, the block holding it included (MD_CONFIRMATIONS)</source>
        <translation>Blöcke, die eine Entscheidung abwartet, bevor sie als bestätigt gilt, einschließlich des Blocks, der sie enthält (MD_CONFIRMATIONS)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token units one credit of metered usage is worth: the suggested settlement pays the payee the job&apos;s usage at this rate</source>
        <translation>Token-Einheiten, die ein Credit erfasster Nutzung wert ist: Die vorgeschlagene Abrechnung zahlt dem Empfänger die Nutzung des Auftrags zu diesem Kurs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>token units per credit</source>
        <translation>Token-Einheiten pro Credit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node URL:</source>
        <translation>Knoten-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escrow contract:</source>
        <translation>Treuhandvertrag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmations:</source>
        <translation>Bestätigungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement rate:</source>
        <translation>Abrechnungskurs:</translation>
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
        <translation>Den Knoten nach Chain-ID und neuestem Block fragen und ob unter der Adresse ein Vertrag bereitgestellt ist (Strg+T)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Apply the settings now and remember them</source>
        <translation>Die Einstellungen jetzt anwenden und merken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without changing anything</source>
        <translation>Schließen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not connected to a metering database: connect first to change the node settings.</source>
        <translation>Nicht mit einer Abrechnungsdatenbank verbunden: Verbinden Sie sich zuerst, um die Knoteneinstellungen zu ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role %1 may not change the node settings: they decide where escrow decisions are signed and settled.</source>
        <translation>Ihre Rolle %1 darf die Knoteneinstellungen nicht ändern: Sie bestimmen, wo Treuhandentscheidungen signiert und abgerechnet werden.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Asking %1…</source>
        <translation>%1 wird gefragt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel &amp;test</source>
        <translation>Test &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The node answers: chain id %1, latest block %2.</source>
        <translation>Der Knoten antwortet: Chain-ID %1, neuester Block %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A contract is deployed at %1.</source>
        <translation>Unter %1 ist ein Vertrag bereitgestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contract is deployed at %1 on this chain: check the address, or that the node is the right one.</source>
        <translation>Unter %1 ist auf dieser Chain kein Vertrag bereitgestellt: Prüfen Sie die Adresse oder ob es der richtige Knoten ist.</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::NodeStatusIndicator</name>
    <message>
        <location filename="../ui/status_indicators.cpp" line="+13"/>
        <source>No node configured</source>
        <translation>Kein Knoten konfiguriert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Escrows need an EVM node: choose File › Node settings…, start Meterdesk with --node URL, or set MD_NODE_URL and MD_ESCROW_ADDRESS</source>
        <translation>Treuhand braucht einen EVM-Knoten: Wählen Sie Datei › Knoteneinstellungen…, starten Sie Meterdesk mit --node URL oder setzen Sie MD_NODE_URL und MD_ESCROW_ADDRESS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to the node…</source>
        <translation>Verbindung zum Knoten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking the EVM node %1 for its chain id</source>
        <translation>Der EVM-Knoten %1 wird nach seiner Chain-ID gefragt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chain %1 · block %2</source>
        <translation>Chain %1 · Block %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EVM node %1
Chain id %2, latest block %3 when last read</source>
        <translation>EVM-Knoten %1
Chain-ID %2, neuester Block %3 beim letzten Lesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Node unavailable</source>
        <translation>Knoten nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::OperatorKeyDialog</name>
    <message>
        <location filename="../ui/operator_key_dialog.cpp" line="+27"/>
        <source>Private key (&amp;hex)</source>
        <translation>Privater Schlüssel (&amp;hex)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keystore file</source>
        <translation>&amp;Keystore-Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove from keychain</source>
        <translation>Aus dem Schlüsselbund &amp;entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operator key for chain %1</source>
        <translation>Betreiberschlüssel für Chain %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>0x and 64 hex digits</source>
        <translation>0x und 64 Hexziffern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The escrow contract owner&apos;s private key; it goes to the system keychain only, never to a file</source>
        <translation>Der private Schlüssel des Eigentümers des Treuhandvertrags; er kommt nur in den Schlüsselbund des Systems, nie in eine Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UTC--…json</source>
        <translation>UTC--…json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an Ethereum keystore (JSON) file</source>
        <translation>Eine Ethereum-Keystore-Datei (JSON) wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password the keystore file was encrypted with</source>
        <translation>Das Passwort, mit dem die Keystore-Datei verschlüsselt wurde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Store the key in the system keychain and show its address</source>
        <translation>Den Schlüssel im Schlüsselbund des Systems speichern und seine Adresse zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this chain&apos;s operator key from the system keychain</source>
        <translation>Den Betreiberschlüssel dieser Chain aus dem Schlüsselbund des Systems löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keystore &amp;password:</source>
        <translation>Keystore-&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Escrow decisions are signed with the operator key (the escrow contract&apos;s owner). It is kept in the system keychain, under &quot;%1&quot;.</source>
        <translation>Treuhandentscheidungen werden mit dem Betreiberschlüssel (dem Eigentümer des Treuhandvertrags) signiert. Er wird im Schlüsselbund des Systems unter „%1“ aufbewahrt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported %1. No system keychain is available: the key is kept in memory until Meterdesk quits.</source>
        <translation>%1 importiert. Kein Schlüsselbund des Systems verfügbar: Der Schlüssel wird bis zum Beenden von Meterdesk im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported: %1, stored in the system keychain.</source>
        <translation>Importiert: %1, im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stored now: %1</source>
        <translation>Derzeit gespeichert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No operator key is stored for this chain yet.</source>
        <translation>Für diese Chain ist noch kein Betreiberschlüssel gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed: no operator key is stored for this chain.</source>
        <translation>Entfernt: Für diese Chain ist kein Betreiberschlüssel gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keystore file</source>
        <translation>Keystore-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keystore (*.json UTC--*)</source>
        <translation>Keystore (*.json UTC--*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keystore file: cannot read %1 (%2)</source>
        <translation>Keystore-Datei: %1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decrypting the keystore (this takes a few seconds)…</source>
        <translation>Keystore wird entschlüsselt (das dauert einige Sekunden)…</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::PermissionGuard</name>
    <message>
        <location filename="../ui/permission_guard.cpp" line="+56"/>
        <source>Not connected to a metering database</source>
        <translation>Nicht mit einer Abrechnungsdatenbank verbunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your role %1 may not %2</source>
        <translation>Ihre Rolle %1 darf nicht: %2</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::PlaceholderPage</name>
    <message>
        <location filename="../ui/console_page.cpp" line="+17"/>
        <source>This page arrives in a later version of Meterdesk.</source>
        <translation>Diese Seite kommt in einer späteren Version von Meterdesk.</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::PlansPage</name>
    <message>
        <location filename="../ui/plans_page.cpp" line="+60"/>
        <source>&amp;New version…</source>
        <translation>&amp;Neue Version…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;plan…</source>
        <translation>Neuer &amp;Tarif…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the next tariff version of the selected plan</source>
        <translation>Die nächste Tarifversion des ausgewählten Tarifs bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>edit plans</source>
        <translation>Tarife bearbeiten</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Ctrl+Alt+N</source>
        <translation>Ctrl+Alt+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a plan, then edit its first tariff version</source>
        <translation>Einen Tarif anlegen, dann seine erste Tarifversion bearbeiten</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Endpoint rules</source>
        <translation>Endpunktregeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region multipliers</source>
        <translation>Regionsfaktoren</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&lt;b&gt;Select a plan and one of its versions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wählen Sie einen Tarif und eine seiner Versionen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1 — version %2&lt;/b&gt; (%3)</source>
        <translation>&lt;b&gt;%1 — Version %2&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Effective from %1 · monthly allowance %2 credits · default rate limit %3 requests per %4 s</source>
        <translation>Gültig ab %1 · monatliches Freikontingent %2 Credits · Standard-Ratenlimit %3 Anfragen pro %4 s</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved version %1 of plan %2, effective from %3.</source>
        <translation>Version %1 des Tarifs %2 gespeichert, gültig ab %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another operator saved a new version of plan %1 first, so this one was not saved. Your edits are kept: close the editor, review the new version, and start again from it.</source>
        <translation>Ein anderer Bearbeiter hat zuerst eine neue Version des Tarifs %1 gespeichert, daher wurde diese nicht gespeichert. Ihre Änderungen bleiben erhalten: Schließen Sie den Editor, prüfen Sie die neue Version und beginnen Sie erneut auf ihrer Grundlage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <source>plan %1</source>
        <translation>Tarif %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Created plan %1; give it its first tariff version.</source>
        <translation>Tarif %1 angelegt; geben Sie ihm seine erste Tarifversion.</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::ScreenshotTour</name>
    <message>
        <location filename="../ui/screenshot_tour.cpp" line="+98"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Order 2026-1142</source>
        <translation>Bestellung 2026-1142</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::TariffEditorDialog</name>
    <message>
        <location filename="../ui/tariff_editor_dialog.cpp" line="+89"/>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New version %1 of plan %2</source>
        <translation>Neue Version %1 des Tarifs %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Endpoint rules</source>
        <translation>Endpunktregeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region multipliers</source>
        <translation>Regionsfaktoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Review changes</source>
        <translation>Änderungen prüfen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>What saving changes against the version in force</source>
        <translation>Was das Speichern gegenüber der gültigen Version ändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every problem that stops saving; click one to go to its cell</source>
        <translation>Jedes Problem, das das Speichern verhindert; ein Klick führt zur betroffenen Zelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save version %1…</source>
        <translation>Version %1 speichern…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show what saving changes against the version in force</source>
        <translation>Zeigen, was das Speichern gegenüber der gültigen Version ändert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problems to fix before saving:</source>
        <translation>Vor dem Speichern zu behebende Probleme:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>In your local time; stored in UTC. The version in force is never changed: this one takes over from this instant.</source>
        <translation>In Ihrer Ortszeit; gespeichert in UTC. Die gültige Version wird nie geändert: Diese hier übernimmt ab diesem Zeitpunkt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credits granted at the start of each month; what is left expires</source>
        <translation>Zu Beginn jedes Monats gewährte Credits; der Rest verfällt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requests allowed per period for rules without their own limit</source>
        <translation>Erlaubte Anfragen pro Zeitraum für Regeln ohne eigenes Limit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate-limit window, in seconds</source>
        <translation>Das Zeitfenster des Ratenlimits, in Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effective from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly allowance:</source>
        <translation>Monatliches Freikontingent:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default rate limit, requests:</source>
        <translation>Standard-Ratenlimit, Anfragen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default rate limit, period:</source>
        <translation>Standard-Ratenlimit, Zeitraum:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an endpoint rule</source>
        <translation>Eine Endpunktregel hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected endpoint rule</source>
        <translation>Die ausgewählte Endpunktregel entfernen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add region</source>
        <translation>Region hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a region multiplier</source>
        <translation>Einen Regionsfaktor hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove region</source>
        <translation>Region entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected region multiplier</source>
        <translation>Den ausgewählten Regionsfaktor entfernen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>10000 basis points charge ×1; 12500 charge ×1.25. Regions not listed charge ×1.</source>
        <translation>10000 Basispunkte berechnen ×1; 12500 berechnen ×1,25. Nicht aufgeführte Regionen berechnen ×1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>must be in the future: a version in force is never rewritten.</source>
        <translation>muss in der Zukunft liegen: Eine gültige Version wird nie überschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be after the start of version %1 (%2).</source>
        <translation>muss nach dem Beginn von Version %1 (%2) liegen.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Saving changes these against version %1, in force since %2:</source>
        <translation>Das Speichern ändert Folgendes gegenüber Version %1, gültig seit %2:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No version of plan %1 is in force yet; saving adds:</source>
        <translation>Noch keine Version des Tarifs %1 ist gültig; das Speichern fügt hinzu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint rules (%1)</source>
        <translation>Endpunktregeln (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region multipliers (%1)</source>
        <translation>Regionsfaktoren (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review changes (%1)</source>
        <translation>Änderungen prüfen (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the problems listed first</source>
        <translation>Beheben Sie zuerst die aufgeführten Probleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing differs from the version in force</source>
        <translation>Nichts unterscheidet sich von der gültigen Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the changes once more, then save</source>
        <translation>Prüfen Sie die Änderungen noch einmal und speichern Sie dann</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Effective from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly allowance</source>
        <translation>Monatliches Freikontingent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default rate limit, requests</source>
        <translation>Standard-Ratenlimit, Anfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default rate limit, period</source>
        <translation>Standard-Ratenlimit, Zeitraum</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Save tariff version</source>
        <translation>Tarifversion speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save version %1 of plan %2, effective from %3?</source>
        <translation>Version %1 des Tarifs %2 speichern, gültig ab %3?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes against the version in force:
• %1</source>
        <translation>Änderungen gegenüber der gültigen Version:
• %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save version %1</source>
        <translation>Version %1 speichern</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::TenantDetailPanel</name>
    <message>
        <location filename="../ui/tenant_detail_panel.cpp" line="+50"/>
        <source>Select a tenant to see its profile, balance, usage, ledger, API keys and alerts.</source>
        <translation>Wählen Sie einen Mandanten, um Profil, Guthaben, Nutzung, Buchungen, API-Schlüssel und Warnungen zu sehen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan:</source>
        <translation>Tarif:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallet:</source>
        <translation>Wallet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premium access:</source>
        <translation>Premium-Zugang:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance:</source>
        <translation>Guthaben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low-credit alert at:</source>
        <translation>Warnung bei niedrigem Guthaben ab:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month:</source>
        <translation>Dieser Monat:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Ledger</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The most recent credit ledger entries, newest first</source>
        <translation>Die letzten Buchungen des Guthabenkontos, neueste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys the tenant&apos;s requests carry; secrets are never stored</source>
        <translation>Schlüssel, die die Anfragen des Mandanten mitführen; Geheimnisse werden nie gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low-credit and exhausted alerts, newest first</source>
        <translation>Warnungen zu niedrigem und aufgebrauchtem Guthaben, neueste zuerst</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>suspended</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not available: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 calls (%2 denied), %3 units, %4 credits spent</source>
        <translation>%1 Aufrufe (%2 abgelehnt), %3 Einheiten, %4 Credits verbraucht</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::TenantDialog</name>
    <message>
        <location filename="../ui/tenant_dialog.cpp" line="+36"/>
        <source>May call premium endpoints</source>
        <translation>Darf Premium-Endpunkte aufrufen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New tenant</source>
        <translation>Neuer Mandant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit tenant</source>
        <translation>Mandant bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>acme-corp</source>
        <translation>acme-corp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lower-case letters, digits and dashes; gateways meter calls by it</source>
        <translation>Kleinbuchstaben, Ziffern und Bindestriche; Gateways erfassen Aufrufe darunter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The slug cannot change: gateways meter calls by it</source>
        <translation>Das Kürzel kann sich nicht ändern: Gateways erfassen Aufrufe darunter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer&apos;s name as it appears on invoices</source>
        <translation>Der Name des Kunden, wie er auf Rechnungen erscheint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>billing@example.com</source>
        <translation>billing@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where alerts and invoices go</source>
        <translation>Wohin Warnungen und Rechnungen gehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan whose tariff prices this tenant&apos;s calls</source>
        <translation>Der Tarif, nach dem die Aufrufe dieses Mandanten berechnet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>eu, us, apac… or empty</source>
        <translation>eu, us, apac… oder leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The region whose multiplier applies when a call names none</source>
        <translation>Die Region, deren Faktor gilt, wenn ein Aufruf keine nennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Premium endpoints deny tenants without premium access</source>
        <translation>Premium-Endpunkte lehnen Mandanten ohne Premium-Zugang ab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A low-credit alert is raised when the balance falls to this amount</source>
        <translation>Eine Warnung bei niedrigem Guthaben wird ausgelöst, wenn das Guthaben auf diesen Betrag fällt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0x… (optional)</source>
        <translation>0x… (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tenant&apos;s address for escrows: 0x and 40 lower-case hex digits</source>
        <translation>Die Adresse des Mandanten für Treuhand: 0x und 40 kleingeschriebene Hexziffern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slug:</source>
        <translation>Kürzel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan:</source>
        <translation>Tarif:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premium access:</source>
        <translation>Premium-Zugang:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low-credit alert at:</source>
        <translation>Warnung bei niedrigem Guthaben ab:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallet address:</source>
        <translation>Wallet-Adresse:</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>meterdesk::ui::TenantsPage</name>
    <message>
        <location filename="../ui/tenants_page.cpp" line="+71"/>
        <source>Low balance only</source>
        <translation>Nur niedriges Guthaben</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;New tenant…</source>
        <translation>&amp;Neuer Mandant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a tenant</source>
        <translation>Einen Mandanten anlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected tenant&apos;s profile</source>
        <translation>Das Profil des ausgewählten Mandanten bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;plan…</source>
        <translation>&amp;Tarif wechseln…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected tenant to another plan</source>
        <translation>Den ausgewählten Mandanten in einen anderen Tarif verschieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Top up…</source>
        <translation>&amp;Aufladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add purchased credits to the selected tenant</source>
        <translation>Dem ausgewählten Mandanten gekaufte Credits gutschreiben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Adjust credits…</source>
        <translation>Guthaben &amp;korrigieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the selected tenant&apos;s balance up or down, with a reason</source>
        <translation>Das Guthaben des ausgewählten Mandanten mit Begründung nach oben oder unten korrigieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Suspend…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deny the selected tenant&apos;s calls until it is unlocked</source>
        <translation>Die Aufrufe des ausgewählten Mandanten ablehnen, bis er entsperrt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the selected suspended tenant call again</source>
        <translation>Den ausgewählten gesperrten Mandanten wieder aufrufen lassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Issue API key…</source>
        <translation>API-Schlüssel a&amp;usstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an API key for the selected tenant</source>
        <translation>Einen API-Schlüssel für den ausgewählten Mandanten erstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revoke API key…</source>
        <translation>API-Schlüssel &amp;widerrufen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the API key selected in the detail panel</source>
        <translation>Den im Detailbereich ausgewählten API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>create tenants</source>
        <translation>Mandanten anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edit tenants</source>
        <translation>Mandanten bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change a tenant&apos;s plan</source>
        <translation>den Tarif eines Mandanten wechseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>top up credits</source>
        <translation>Guthaben aufladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adjust credits</source>
        <translation>Guthaben korrigieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suspend tenants</source>
        <translation>Mandanten sperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unlock tenants</source>
        <translation>Mandanten entsperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>issue API keys</source>
        <translation>API-Schlüssel ausstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revoke API keys</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Search slug, name or email</source>
        <translation>Kürzel, Name oder E-Mail suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searched in the database as you type</source>
        <translation>Wird während der Eingabe in der Datenbank gesucht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show tenants of one status only</source>
        <translation>Nur Mandanten eines Status zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show tenants of one plan only</source>
        <translation>Nur Mandanten eines Tarifs zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <source>All plans</source>
        <translation>Alle Tarife</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Only tenants whose balance is at or under their low-credit alert</source>
        <translation>Nur Mandanten, deren Guthaben die Warnschwelle erreicht oder unterschreitet</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not load tenants: %1</source>
        <translation>Mandanten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Loading tenants…</source>
        <translation>Mandanten werden geladen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 tenants loaded; more load as you scroll</source>
        <translation>%1 Mandanten geladen; weitere werden beim Blättern geladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 tenant</source>
        <translation>1 Mandant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 tenants</source>
        <translation>%1 Mandanten</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+54"/>
        <location line="+67"/>
        <source>this tenant</source>
        <translation>diesen Mandanten</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Created tenant %1 on plan %2.</source>
        <translation>Mandant %1 im Tarif %2 angelegt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved tenant %1.</source>
        <translation>Mandant %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change plan of %1</source>
        <translation>Tarif von %1 wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is on plan %2. From now on, price its calls by plan:</source>
        <translation>%1 ist im Tarif %2. Ab jetzt seine Aufrufe nach diesem Tarif berechnen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change plan</source>
        <translation>Tarif wechseln</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Moved %1 from plan %2 to plan %3.</source>
        <translation>%1 vom Tarif %2 in den Tarif %3 verschoben.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Removed %1 credits from %2: balance now %3.</source>
        <translation>%1 Credits von %2 abgezogen: Guthaben jetzt %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added %1 credits to %2: balance now %3.</source>
        <translation>%1 Credits für %2 gutgeschrieben: Guthaben jetzt %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the balance</source>
        <translation>das Guthaben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Suspend %1?</source>
        <translation>%1 sperren?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock %1?</source>
        <translation>%1 entsperren?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every call of %1 will be denied as suspended until it is unlocked. Its balance and keys stay as they are.</source>
        <translation>Jeder Aufruf von %1 wird als gesperrt abgelehnt, bis der Mandant entsperrt wird. Guthaben und Schlüssel bleiben unverändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s calls will be metered and charged again.</source>
        <translation>Die Aufrufe von %1 werden wieder erfasst und berechnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspend tenant</source>
        <translation>Mandant sperren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock tenant</source>
        <translation>Mandant entsperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suspended %1: its calls are denied until it is unlocked.</source>
        <translation>%1 gesperrt: Seine Aufrufe werden abgelehnt, bis er entsperrt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlocked %1: its calls are metered again.</source>
        <translation>%1 entsperrt: Seine Aufrufe werden wieder erfasst.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Issue an API key for %1</source>
        <translation>Einen API-Schlüssel für %1 ausstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A label to recognise the key by (e.g. &quot;production gateway&quot;). The secret is shown once, next.</source>
        <translation>Eine Bezeichnung, an der Sie den Schlüssel erkennen (z. B. „Produktions-Gateway“). Das Geheimnis wird danach einmalig angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue key</source>
        <translation>Schlüssel ausstellen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Issued API key %1 for %2.</source>
        <translation>API-Schlüssel %1 für %2 ausgestellt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <source>the API keys</source>
        <translation>die API-Schlüssel</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Revoke API key</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoke API key %1 of %2?</source>
        <translation>API-Schlüssel %1 von %2 widerrufen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests that carry it will be refused from now on. This cannot be undone.</source>
        <translation>Anfragen mit diesem Schlüssel werden ab sofort abgelehnt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revoked API key %1 of %2.</source>
        <translation>API-Schlüssel %1 von %2 widerrufen.</translation>
    </message>
</context>
</TS>
