/**
 * Name material for the voorbeeldschool: common Dutch names and names of Dutch pupils with
 * other roots, with the diacritics real class lists have (ë, é, ï, ö, ş, ı, ç).
 */
export const ROEPNAMEN = [
  'Zoë', 'Daniël', 'Noëlle', 'Mohammed', 'Inès', 'Sven', 'Fleur', 'Joëlle', 'Bram', 'Chloë', 'René', 'Ayşe',
  'Emma', 'Noah', 'Julia', 'Liam', 'Mila', 'Lucas', 'Tess', 'Finn', 'Sara', 'Sem', 'Nora', 'Levi', 'Yara',
  'Daan', 'Lotte', 'Jesse', 'Evi', 'Milan', 'Sophie', 'Thijs', 'Anouk', 'Ruben', 'Isa', 'Luuk', 'Fenna',
  'Mehmet', 'Fatima', 'Youssef', 'Aylin', 'Emre', 'Salma', 'Ibrahim', 'Hira', 'Kofi', 'Amara', 'Dewi', 'Rohan',
  'Priya', 'Mateusz', 'Zofia', 'Łucja', 'Luís', 'Maëlle', 'Anaïs', 'Gijs', 'Jaïr', 'Cem', 'Elif', 'Çağla',
  'Rayan', 'Nina', 'Stijn', 'Merel', 'Koen', 'Iris', 'Jens', 'Roos', 'Timo', 'Vera', 'Wessel', 'Lieke',
];

export const TUSSENVOEGSELS = ['', '', '', 'van', 'de', 'van der', 'van den', 'ter', 'van de', "in 't"];

/** Dutch surnames, which may carry a tussenvoegsel ("van der Berg"). */
export const ACHTERNAMEN_NL = [
  'Bakker', 'Berg', 'Jansen', 'Vries', 'Dijk', 'Horst', 'Visser', 'Smit', 'Janssen', 'Meijer', 'Mulder', 'Bos',
  'Vos', 'Peters', 'Hendriks', 'Dekker', 'Brouwer', 'Wit', 'Dijkstra', 'Kok', 'Hoekstra', 'Postma', 'Koster',
  'Prins', 'Huisman', 'Groot', 'Kuipers', 'Veenstra', 'Schouten', 'Willems', 'Claes',
];

/** Surnames of other roots, written as they are (no Dutch tussenvoegsel). */
export const ACHTERNAMEN_OTHER = [
  'El Amrani', "d'Souza", 'Öztürk', 'Yılmaz', 'Kaya', 'Şahin', 'Çelik', 'Boukhari', 'Haddou', 'Nowak', 'Kowalczyk',
  'Wiśniewski', 'Pereira', 'Santos', 'Mensah', 'Asante', 'Ramdin', 'Sewnath', 'Kartosen', 'Wong', 'Nguyen',
];
