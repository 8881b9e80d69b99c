/**
 * Capitals and large library cities → country, for a letterhead that gives only the city
 * ("Rabat", "Kyiv"). Names shared by cities in several countries (Cambridge, Santiago, Córdoba,
 * Kingston, Alexandria, Paris in Texas…) are left out; when in doubt the mail domain decides.
 */
const CITIES = `Abuja,Lagos,Ibadan,Kano,Enugu,Nsukka:Nigeria|Accra,Kumasi,Legon:Ghana|Nairobi,Mombasa,Kisumu:Kenya
|Kampala:Uganda|Dar es Salaam,Dodoma:Tanzania|Addis Ababa:Ethiopia|Kigali:Rwanda|Lusaka:Zambia|Harare,Bulawayo:Zimbabwe
|Pretoria,Johannesburg,Cape Town,Durban:South Africa|Gaborone:Botswana|Windhoek:Namibia|Maputo:Mozambique|Lilongwe,Blantyre:Malawi
|Dakar:Senegal|Abidjan:Côte d'Ivoire|Bamako:Mali|Ouagadougou:Burkina Faso|Niamey:Niger|Yaoundé,Douala:Cameroon|Kinshasa:Democratic Republic of the Congo
|Cairo,Le Caire,El Cairo:Egypt|Rabat,Casablanca,Fès,Marrakech:Morocco|Algiers,Alger,Argel:Algeria|Tunis,Túnez:Tunisia|Tripoli:Libya|Khartoum:Sudan
|Beirut,Beyrouth:Lebanon|Amman:Jordan|Damascus,Damas:Syria|Baghdad:Iraq|Tehran,Téhéran:Iran|Riyadh,Jeddah:Saudi Arabia|Doha:Qatar
|Dubai,Abu Dhabi,Sharjah:United Arab Emirates|Muscat:Oman|Kuwait City:Kuwait|Manama:Bahrain|Jerusalem,Tel Aviv,Haifa:Israel|Ramallah:Palestine|Istanbul,Ankara,Izmir:Turkey
|New Delhi,Delhi,Mumbai,Chennai,Kolkata,Bangalore,Bengaluru,Hyderabad,Pune:India|Karachi,Lahore,Islamabad:Pakistan|Dhaka:Bangladesh|Colombo,Kandy:Sri Lanka
|Kathmandu:Nepal|Thimphu:Bhutan|Kabul:Afghanistan|Malé:Maldives
|Tokyo,Kyoto,Osaka,Sapporo:Japan|Seoul,Busan:South Korea|Beijing,Shanghai,Guangzhou,Wuhan,Nanjing:China|Taipei:Taiwan
|Manila,Quezon City,Cebu,Diliman:Philippines|Hanoi,Hà Nội,Ho Chi Minh City,Saigon:Vietnam|Bangkok,Chiang Mai:Thailand|Jakarta,Bandung,Yogyakarta:Indonesia
|Kuala Lumpur,Penang:Malaysia|Phnom Penh:Cambodia|Vientiane:Laos|Yangon,Naypyidaw:Myanmar|Ulaanbaatar:Mongolia|Suva:Fiji|Port Moresby:Papua New Guinea
|Canberra,Melbourne,Brisbane,Perth,Adelaide:Australia|Auckland,Wellington,Christchurch:New Zealand
|Astana,Almaty,Nur-Sultan:Kazakhstan|Bishkek:Kyrgyzstan|Tashkent,Samarkand:Uzbekistan|Dushanbe:Tajikistan|Ashgabat:Turkmenistan
|Tbilisi:Georgia|Yerevan:Armenia|Baku:Azerbaijan|Moscow,Moscou,Moscú,St. Petersburg,Saint Petersburg,Novosibirsk:Russia
|Kyiv,Kiev,Lviv,Kharkiv,Odesa,Odessa:Ukraine|Minsk:Belarus|Chișinău,Chisinau:Moldova
|Warsaw,Kraków,Krakow,Wrocław,Poznań:Poland|Prague,Praha,Brno:Czech Republic|Bratislava:Slovakia|Budapest:Hungary|Bucharest,București,Cluj-Napoca:Romania|Sofia:Bulgaria
|Belgrade,Beograd:Serbia|Zagreb:Croatia|Ljubljana:Slovenia|Sarajevo:Bosnia and Herzegovina|Skopje:North Macedonia|Tirana:Albania|Athens,Athènes,Thessaloniki:Greece
|Berlin,Munich,München,Hamburg,Frankfurt,Göttingen,Köln,Cologne,Leipzig,Heidelberg:Germany|Vienna,Wien,Graz:Austria|Zürich,Zurich,Geneva,Genève,Bern,Basel,Lausanne:Switzerland
|Lyon,Marseille,Toulouse,Strasbourg,Lille,Bordeaux:France|Brussels,Bruxelles,Leuven,Louvain,Ghent,Antwerp:Belgium|Amsterdam,Rotterdam,The Hague,Den Haag,Leiden,Utrecht:Netherlands
|Madrid,Barcelona,Sevilla,Seville,Salamanca,Bilbao:Spain|Lisbon,Lisboa,Porto,Coimbra:Portugal|Rome,Roma,Milan,Milano,Florence,Firenze,Bologna,Naples:Italy
|London,Edinburgh,Glasgow,Oxford,Manchester,Leeds,Cardiff,Belfast:United Kingdom|Dublin,Cork,Galway:Ireland
|Stockholm,Uppsala,Gothenburg,Lund:Sweden|Oslo,Bergen:Norway|Copenhagen,København,Aarhus:Denmark|Helsinki:Finland|Reykjavík,Reykjavik:Iceland
|Tallinn,Tartu:Estonia|Riga:Latvia|Vilnius:Lithuania
|Mexico City,Ciudad de México,Guadalajara,Monterrey,Puebla:Mexico|Guatemala City:Guatemala|San Salvador:El Salvador|Tegucigalpa:Honduras|Managua:Nicaragua
|Havana,La Habana:Cuba|Port-au-Prince:Haiti|Santo Domingo:Dominican Republic|San Juan:Puerto Rico|Port of Spain:Trinidad and Tobago|Bridgetown:Barbados
|Bogotá,Bogota,Medellín,Cali:Colombia|Caracas:Venezuela|Quito,Guayaquil:Ecuador|Lima,Cusco,Arequipa:Peru|La Paz,Sucre:Bolivia
|São Paulo,Sao Paulo,Rio de Janeiro,Brasília,Brasilia,Belo Horizonte,Porto Alegre,Recife,Salvador da Bahia:Brazil|Buenos Aires,Rosario,La Plata:Argentina
|Montevideo:Uruguay|Asunción:Paraguay|Valparaíso:Chile
|Toronto,Montreal,Montréal,Vancouver,Ottawa,Calgary,Edmonton,Winnipeg:Canada
|New York,Chicago,Los Angeles,Washington D.C.,Washington DC,Boston,Philadelphia,San Francisco,Seattle,Houston,Urbana,Ann Arbor,Chapel Hill:United States`;

/** Folded-insensitive lookup table: city as written → English country name. */
export const CITY_COUNTRY: ReadonlyMap<string, string> = new Map(
  CITIES.replace(/\n/g, '')
    .split('|')
    .flatMap((group) => {
      const [cities = '', country = ''] = group.split(':');
      return cities.split(',').map((city) => [city.trim(), country] as [string, string]);
    }),
);
