/**
 * One representative UTC offset per country (standard time, the capital or the most populous
 * zone). Daylight saving shifts every pair by at most an hour, which does not change a suggestion.
 */
const TABLE = `
Algeria 1|Angola 1|Benin 1|Botswana 2|Burkina Faso 0|Burundi 2|Cameroon 1|Cape Verde -1|Central African Republic 1
Chad 1|Comoros 3|Democratic Republic of the Congo 1|Republic of the Congo 1|Côte d'Ivoire 0|Djibouti 3|Egypt 2
Equatorial Guinea 1|Eritrea 3|Eswatini 2|Ethiopia 3|Gabon 1|Gambia 0|Ghana 0|Guinea 0|Guinea-Bissau 0|Kenya 3
Lesotho 2|Liberia 0|Libya 2|Madagascar 3|Malawi 2|Mali 0|Mauritania 0|Mauritius 4|Morocco 1|Mozambique 2|Namibia 2
Niger 1|Nigeria 1|Rwanda 2|São Tomé and Príncipe 0|Senegal 0|Seychelles 4|Sierra Leone 0|Somalia 3|South Africa 2
South Sudan 2|Sudan 2|Tanzania 3|Togo 0|Tunisia 1|Uganda 3|Zambia 2|Zimbabwe 2
Antigua and Barbuda -4|Argentina -3|Bahamas -5|Barbados -4|Belize -6|Bolivia -4|Brazil -3|Canada -5|Chile -4
Colombia -5|Costa Rica -6|Cuba -5|Dominica -4|Dominican Republic -4|Ecuador -5|El Salvador -6|Grenada -4
Guatemala -6|Guyana -4|Haiti -5|Honduras -6|Jamaica -5|Mexico -6|Nicaragua -6|Panama -5|Paraguay -3|Peru -5
Puerto Rico -4|Saint Kitts and Nevis -4|Saint Lucia -4|Saint Vincent and the Grenadines -4|Suriname -3
Trinidad and Tobago -4|United States -5|Uruguay -3|Venezuela -4
Afghanistan 4.5|Armenia 4|Australia 10|Azerbaijan 4|Bahrain 3|Bangladesh 6|Bhutan 6|Brunei 8|Cambodia 7|China 8
Fiji 12|Georgia 4|Hong Kong 8|India 5.5|Indonesia 7|Iran 3.5|Iraq 3|Israel 2|Japan 9|Jordan 3|Kazakhstan 5
Kiribati 12|Kuwait 3|Kyrgyzstan 6|Laos 7|Lebanon 2|Macau 8|Malaysia 8|Maldives 5|Marshall Islands 12
Micronesia 11|Mongolia 8|Myanmar 6.5|Nauru 12|Nepal 5.75|North Korea 9|Oman 4|Pakistan 5|Palestine 2|Palau 9
New Zealand 12|Papua New Guinea 10|Philippines 8|Qatar 3|Samoa 13|Saudi Arabia 3|Singapore 8|Solomon Islands 11|South Korea 9
Sri Lanka 5.5|Syria 3|Taiwan 8|Tajikistan 5|Thailand 7|Timor-Leste 9|Tonga 13|Turkey 3|Turkmenistan 5|Tuvalu 12
United Arab Emirates 4|Uzbekistan 5|Vanuatu 11|Vietnam 7|Yemen 3
Albania 1|Andorra 1|Austria 1|Belarus 3|Belgium 1|Bosnia and Herzegovina 1|Bulgaria 2|Croatia 1|Cyprus 2
Czech Republic 1|Denmark 1|Estonia 2|Finland 2|France 1|Germany 1|Greece 2|Hungary 1|Iceland 0|Ireland 0|Italy 1
Kosovo 1|Latvia 2|Liechtenstein 1|Lithuania 2|Luxembourg 1|Malta 1|Moldova 2|Monaco 1|Montenegro 1|Netherlands 1
North Macedonia 1|Norway 1|Poland 1|Portugal 0|Romania 2|Russia 3|San Marino 1|Serbia 1|Slovakia 1|Slovenia 1
Spain 1|Sweden 1|Switzerland 1|Ukraine 2|United Kingdom 0|Vatican City 1`;

export const UTC_OFFSETS: ReadonlyMap<string, number> = new Map(
  TABLE.split(/[|\n]/)
    .filter(Boolean)
    .map((entry) => {
      const at = entry.lastIndexOf(' ');
      return [entry.slice(0, at), Number(entry.slice(at + 1))] as const;
    }),
);
