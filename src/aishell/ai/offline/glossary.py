"""Names of common database things in Spanish, French, German, Italian, Portuguese and Dutch schemas.

A question asked in English of a schema named in another language ("How many customers ordered in May?" over
``cliente`` and ``pedido``, or ``Kunde`` and ``Rechnung``) reaches its tables and columns through these words, the
way :data:`~aishell.ai.offline.lexicon.SYNONYMS` reaches "loan" from "borrow".  Only nouns are listed, and none
that is also a common English word (German ``Art`` is a species, English "art" is not; French ``sale`` is dirty).
Words are written without accents, as identifiers hold them.
"""

from __future__ import annotations

from aishell.ai.offline.lexicon import FOREIGN_LAST_NAMES

_GLOSSARY: dict[str, tuple[str, ...]] = {
    "customer": ("cliente", "kunde", "klant"),
    "client": ("cliente", "kunde", "klant"),
    "order": ("pedido", "commande", "bestellung", "auftrag", "ordine", "encomenda", "bestelling"),
    "invoice": ("factura", "facture", "rechnung", "fattura", "fatura", "factuur"),
    "bill": ("factura", "facture", "rechnung", "fattura", "fatura"),
    "product": ("producto", "produit", "produkt", "prodotto", "produto"),
    "item": ("articulo", "artikel", "articolo", "artigo"),
    "employee": ("empleado", "employe", "mitarbeiter", "angestellter", "dipendente", "funcionario", "medewerker"),
    "supplier": ("proveedor", "fournisseur", "lieferant", "fornitore", "fornecedor", "leverancier"),
    "payment": ("pago", "paiement", "zahlung", "pagamento", "betaling"),
    "price": ("precio", "prix", "preis", "prezzo", "preco", "prijs"),
    "amount": ("importe", "monto", "montant", "betrag", "importo", "bedrag"),
    "quantity": ("cantidad", "quantite", "menge", "quantita", "quantidade", "aantal", "anzahl"),
    "date": ("fecha", "datum"),
    "year": ("ano", "annee", "jahr", "anno", "jaar"),
    "number": ("numero", "nummer"),
    "time": ("hora", "heure", "zeit", "tijd"),
    "name": ("nombre", "nom", "nome", "naam"),
    "surname": tuple(sorted(FOREIGN_LAST_NAMES)),
    "city": ("ciudad", "ville", "stadt", "citta", "cidade", "stad"),
    "country": ("pais", "pays", "paese"),
    "address": ("direccion", "adresse", "indirizzo", "endereco", "adres"),
    "phone": ("telefono", "telephone", "telefon", "telefone", "telefoon"),
    "status": ("estado", "statut", "etat", "stato"),
    "category": ("categoria", "categorie", "kategorie"),
    "shop": ("tienda", "magasin", "laden", "geschaeft", "filiale", "negozio", "loja", "winkel"),
    "store": ("tienda", "magasin", "laden", "filiale", "negozio", "loja", "winkel"),
    "branch": ("sucursal", "filiale", "agence", "succursale", "filial"),
    "room": ("sala", "salle", "raum", "zimmer", "stanza", "habitacion", "quarto", "kamer"),
    "hall": ("sala", "salle", "saal"),
    "teacher": ("profesor", "professor", "professeur", "lehrer", "insegnante", "docente", "leraar"),
    "course": ("curso", "cours", "kurs", "corso", "cursus"),
    "member": ("socio", "membre", "adherent", "mitglied", "membro"),
    "enrolment": ("inscripcion", "inscription", "anmeldung", "iscrizione", "matricula", "inschrijving"),
    "enrollment": ("inscripcion", "inscription", "anmeldung", "iscrizione", "matricula", "inschrijving"),
    "registration": ("inscripcion", "inscription", "anmeldung", "iscrizione", "inschrijving"),
    "event": ("evento", "evenement", "veranstaltung", "evenement"),
    "booking": ("reserva", "buchung", "prenotazione"),
    "reservation": ("reserva", "buchung", "prenotazione"),
    "subscription": ("cuota", "cotisation", "beitrag", "quota", "abonnement"),
    "tournament": ("torneo", "tournoi", "turnier", "toernooi"),
    "location": ("ubicacion", "standort", "sede", "emplacement", "locatie"),
    "species": ("especie", "espece", "specie"),
    "trap": ("trampa", "piege", "falle", "trappola", "armadilha"),
    "catch": ("captura", "fang", "cattura", "vangst"),
    "supervisor": ("supervisor", "jefe", "responsable", "vorgesetzter", "capo", "chefe"),
    "manager": ("gerente", "jefe", "responsable", "vorgesetzter", "direttore", "gerant"),
    "role": ("rol", "rolle", "ruolo", "papel"),
    "sale": ("venta", "vente", "verkauf", "vendita", "venda", "verkoop"),
    "purchase": ("compra", "achat", "einkauf", "acquisto", "aankoop"),
    "line": ("linea", "ligne", "zeile", "riga", "linha", "regel", "posicion", "rechnungsposition"),
    "discount": ("descuento", "remise", "rabatt", "sconto", "desconto", "korting"),
    "tax": ("impuesto", "taxe", "steuer", "imposta", "imposto", "belasting"),
    "warehouse": ("almacen", "entrepot", "magazzino", "armazem", "magazijn"),
    "department": ("departamento", "departement", "abteilung", "reparto", "afdeling"),
    "salary": ("salario", "sueldo", "salaire", "gehalt", "stipendio", "salaris"),
    "capacity": ("aforo", "capacidad", "capacite", "kapazitaet", "capienza", "capacidade"),
    "seat": ("plazas", "platz", "posto"),
    "duration": ("duracion", "duree", "dauer", "durata", "duracao", "duur"),
    "weight": ("peso", "poids", "gewicht"),
    "neighbourhood": ("barrio", "quartier", "viertel", "quartiere", "bairro", "wijk"),
    "neighborhood": ("barrio", "quartier", "viertel", "quartiere", "bairro", "wijk"),
    "district": ("barrio", "distrito", "bezirk", "quartiere", "bairro", "wijk"),
    "birth": ("nacimiento", "naissance", "geburt", "nascita", "nascimento", "geboorte"),
    "ticket": ("entrada", "billet", "karte", "biglietto", "ingresso", "kaartje"),
    "game": ("juego", "jeu", "spiel", "gioco", "jogo", "spel"),
    "level": ("nivel", "niveau", "stufe", "livello"),
    "genus": ("genero", "gattung", "genere"),
    "temperature": ("temperatura", "temperatur"),
    "pathogen": ("patogeno", "pathogene", "erreger"),
    "result": ("resultado", "resultat", "ergebnis", "risultato", "resultaat"),
    "speciality": ("especialidad", "specialite", "fachgebiet", "specialita", "especialidade"),
    "specialty": ("especialidad", "specialite", "fachgebiet", "specialita", "especialidade"),
    "discipline": ("disciplina", "fachrichtung"),
    "rate": ("tarifa", "tarif"),
    "sponsor": ("padrino", "parrain", "padrinho", "peetoom"),
    "venue": ("lugar", "sede", "veranstaltungsort"),
    "company": ("empresa", "societe", "firma", "azienda", "bedrijf"),
    "vehicle": ("vehiculo", "vehicule", "fahrzeug", "veicolo", "veiculo", "voertuig"),
    "driver": ("conductor", "chauffeur", "fahrer", "autista", "motorista"),
    "patient": ("paciente", "patient", "patientin", "paziente"),
    "doctor": ("medico", "medecin", "arzt", "dottore"),
    "appointment": ("cita", "rendezvous", "termin", "appuntamento", "consulta", "afspraak"),
    "student": ("alumno", "estudiante", "eleve", "etudiant", "schueler", "studente", "aluno", "leerling"),
    "school": ("escuela", "colegio", "ecole", "schule", "scuola", "escola", "school"),
    "book": ("libro", "livre", "buch", "livro", "boek"),
    "author": ("autor", "auteur", "autore"),
    "loan": ("prestamo", "pret", "ausleihe", "prestito", "emprestimo", "lening"),
    "contract": ("contrato", "contrat", "vertrag", "contratto", "contract"),
    "project": ("proyecto", "projet", "projekt", "progetto", "projeto"),
    "task": ("tarea", "tache", "aufgabe", "compito", "tarefa", "taak"),
    "team": ("equipo", "equipe", "mannschaft", "squadra", "equipa"),
    "player": ("jugador", "joueur", "spieler", "giocatore", "jogador", "speler"),
    "match": ("partido", "partie", "spiel", "partita", "jogo", "wedstrijd"),
    "account": ("cuenta", "compte", "konto", "conto", "conta", "rekening"),
    "bank": ("banco", "banque", "banca"),
    "transaction": ("transaccion", "buchung", "transazione", "transacao", "transactie"),
    "guest": ("huesped", "hote", "gast", "ospite", "hospede"),
    "stay": ("estancia", "sejour", "aufenthalt", "soggiorno", "estadia", "verblijf"),
    "night": ("noche", "nuit", "nacht", "notte", "noite"),
    "arrival": ("llegada", "arrivee", "ankunft", "arrivo", "chegada", "aankomst"),
    "departure": ("salida", "depart", "abfahrt", "abreise", "partenza", "partida", "vertrek"),
    "review": ("resena", "avis", "bewertung", "recensione", "avaliacao", "beoordeling"),
    "rating": ("puntuacion", "valoracion", "bewertung", "voto", "valutazione", "avaliacao", "beoordeling"),
    "score": ("puntuacion", "punteggio", "pontuacao", "punkte", "voto", "cijfer"),
    "grade": ("calificacion", "nota", "voto", "cijfer"),
    "comment": ("comentario", "commentaire", "kommentar", "commento", "opmerking"),
    "service": ("servicio", "dienst", "servizio", "servico", "dienstleistung"),
    "staff": ("personal", "personnel", "personale", "personeel", "mitarbeiter", "dipendente", "empleado"),
    "boat": ("barco", "bateau", "boot", "barca", "embarcacion"),
    "harbour": ("puerto", "hafen", "porto", "haven"),
    "cargo": ("carga", "cargaison", "marchandise", "ladung", "carico", "lading"),
    "goods": ("mercancia", "marchandise", "merce", "mercadoria", "goederen"),
    "height": ("altura", "hauteur", "hoehe", "altezza", "hoogte"),
    "technician": ("tecnico", "technicien", "techniker", "technicus"),
    "instrument": ("instrumento", "strumento"),
    "manufacturer": ("fabricante", "fabricant", "hersteller", "produttore", "fabrikant"),
    "sector": ("setor", "secteur", "settore", "sektor", "branche"),
    "participant": ("participante", "partecipante", "teilnehmer", "deelnemer"),
    "lesson": ("leccion", "lecon", "lektion", "lezione", "aula"),
    "title": ("titulo", "titre", "titel", "titolo"),
    "channel": ("kanal", "canale", "kanaal"),
    "minute": ("minuto", "minuti", "minutos", "minuten"),
    "hour": ("hora", "heure", "stunde", "stunden", "uur"),
    "day": ("dia", "jour", "tag", "giorno", "dag"),
    "month": ("mes", "mois", "monat", "mese", "maand"),
    "week": ("semana", "semaine", "woche", "settimana", "week"),
    "wage": ("salario", "salaire", "lohn", "stipendio", "loon"),
    "hire": ("contratacion", "embauche", "einstellung", "assunzione", "admissao", "aanstelling"),
    "owner": ("propietario", "proprietaire", "eigentuemer", "proprietario", "eigenaar"),
    "note": ("nota", "notiz", "opmerking"),
    "description": ("descripcion", "beschreibung", "descrizione", "descricao", "omschrijving"),
    "size": ("tamano", "taille", "groesse", "dimensione", "tamanho", "grootte"),
    "colour": ("color", "couleur", "farbe", "colore", "cor", "kleur"),
    "color": ("color", "couleur", "farbe", "colore", "cor", "kleur"),
    "region": ("region", "gebiet", "regione", "regiao", "regio"),
    "town": ("pueblo", "ville", "ort", "paese", "cidade", "woonplaats", "plaats"),
    "street": ("calle", "rue", "strasse", "via", "rua", "straat"),
    "journey": ("viaje", "voyage", "reise", "viaggio", "viagem", "reis"),
    "trip": ("viaje", "voyage", "reise", "viaggio", "viagem", "rit"),
    "delivery": ("entrega", "livraison", "lieferung", "consegna", "levering"),
    "shipment": ("envio", "expedition", "sendung", "spedizione", "remessa", "zending"),
}


#: English word -> the words other languages name that thing with in a schema (without their accents)
GLOSSARY: dict[str, tuple[str, ...]] = {
    en: tuple(dict.fromkeys(w for w in words if w != en)) for en, words in _GLOSSARY.items()
}


def _plurals(word: str) -> tuple[str, ...]:
    """The plurals those languages give ``word`` beside the English -s: professores, rechnungen, kunden, lieferanten."""
    if word[-1] in "aeiou":
        return (word + "n",) if word.endswith("e") else ()
    return word + "es", word + "en", word + "e"


#: English word -> every form its names in other languages take in a schema
_FORMS: dict[str, tuple[str, ...]] = {
    en: tuple(dict.fromkeys(f for w in words for f in (w, *_plurals(w)))) for en, words in GLOSSARY.items()
}


def foreign_names(word: str) -> tuple[str, ...]:
    """What ``word`` (English, lower case) may be called in a Spanish, French, German, Italian, Portuguese or Dutch
    schema, with those languages' plurals."""
    return _FORMS.get(word, ())




#: states a row is in, as Spanish, French, German, Italian, Portuguese and Dutch schemas store them (with and without
#: their accents, in the forms of both genders); one English word each
_STATES: dict[str, tuple[str, ...]] = {
    "delivered": ("entregado", "entregada", "livré", "livrée", "livre", "livree", "geliefert", "consegnato",
                  "consegnata", "entregue", "geleverd"),
    "cancelled": ("cancelado", "cancelada", "anulado", "anulada", "annulé", "annulée", "annule", "annulee",
                  "storniert", "abgesagt", "annullato", "annullata", "cancellato", "cancellata", "geannuleerd"),
    "paid": ("pagado", "pagada", "payé", "payée", "paye", "payee", "bezahlt", "pagato", "pagata", "pago", "betaald"),
    "completed": ("completado", "completada", "terminado", "terminada", "terminé", "terminée", "termine", "terminee",
                  "abgeschlossen", "erledigt", "completato", "completata", "concluso", "conclusa", "concluído",
                  "concluída", "concluido", "concluida", "voltooid", "afgerond"),
    "planned": ("planificado", "planificada", "programado", "programada", "prévu", "prévue", "prevu", "prevue",
                "planifié", "planifiée", "planifie", "geplant", "pianificato", "pianificata", "programmato",
                "programmata", "planejado", "planejada", "agendado", "agendada", "gepland"),
    "pending": ("pendiente", "ausstehend", "pendente", "openstaand"),
    "open": ("abierto", "abierta", "ouvert", "ouverte", "offen", "aperto", "aperta", "aberto", "aberta"),
    "closed": ("cerrado", "cerrada", "fermé", "fermée", "ferme", "fermee", "geschlossen", "chiuso", "chiusa",
               "fechado", "fechada", "gesloten"),
    "active": ("activo", "activa", "actif", "aktiv", "attivo", "attiva", "ativo", "ativa", "actief"),
    "shipped": ("enviado", "enviada", "expédié", "expédiée", "expedie", "expediee", "versandt", "verschickt",
                "spedito", "spedita", "verzonden"),
    "confirmed": ("confirmado", "confirmada", "confirmé", "confirmée", "confirme", "confirmee", "bestätigt",
                  "bestaetigt", "confermato", "confermata", "bevestigd"),
    "returned": ("devuelto", "devuelta", "retourné", "retournée", "retourne", "retournee", "zurückgegeben",
                 "restituito", "restituita", "devolvido", "devolvida", "geretourneerd"),
    "rejected": ("rechazado", "rechazada", "rejeté", "rejetée", "rejete", "rejetee", "abgelehnt", "rifiutato",
                 "rifiutata", "rejeitado", "rejeitada", "afgewezen"),
    "approved": ("aprobado", "aprobada", "approuvé", "approuvée", "approuve", "approuvee", "genehmigt", "approvato",
                 "approvata", "aprovado", "aprovada", "goedgekeurd"),
}  # fmt: skip
_STATES["canceled"] = _STATES["cancelled"]
_STATES["finished"] = _STATES["done"] = _STATES["completed"]
_STATES["sent"] = _STATES["shipped"]

#: what a column holding a row's state is called in those languages
STATUS_NAMES = frozenset({"estado", "statut", "etat", "stato", "situacao", "zustand"})


def foreign_states(word: str) -> tuple[str, ...]:
    """How a Spanish, French, German, Italian, Portuguese or Dutch schema stores the state ``word`` (English, lower
    case) names: "delivered" is 'livré', 'entregado', 'geliefert' ..."""
    return _STATES.get(word, ())
