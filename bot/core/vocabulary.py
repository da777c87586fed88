"""General English the answerer needs: filler words, chat slang, words that signal a kind, synonyms.

Nothing here is about this film: it is the language people use to ask about any film.
"""

from __future__ import annotations

STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself no nor not now of off on once only or other our ours out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself s t d ll m re ve y whats wheres whos hows thats theres shes hes its
    im ive dont doesnt didnt cant isnt wasnt get gets got getting go goes going gonna wanna really
    actually like kind sort thing things stuff tell me explain describe show give know please pls plz
    thx also one again ever even much many way bit part lot pretty quite right yeah yes ok okay hmm
    say says said happen happens happened happening whole basically exactly just something
    someone anything everything finally eventually ultimately want wants wanted become becomes became around look
    looks looking real tho though btw lol lmao haha ngl tbh imo rn bruh whose omg wait full entire make makes
    made remind reminds reminder refresher wondering wondered curious anyway anyways honestly""".split()
)

# Intensifiers: "her big choice" is her choice. They count for little, but a page may still name something so
# ("the big performance"), so they are not filler.
WEAK_WORDS = frozenset("big huge massive".split())

_LISTED = ("scene", "part", "track", "song")  # the nouns of what the film lists in order

# Phrasal verbs read as the one word they mean, in questions and in the pack alike ("she falls for him").
PHRASES = {
    "main character": "main character protagonist",
    "lead character": "lead character protagonist",
    "central character": "central character protagonist",
    "principal character": "principal character protagonist",
    "fall in love with": "love",
    "falls in love with": "love",
    "fell in love with": "love",
    "falling in love with": "love",
    "fall in love": "love",
    "falls in love": "love",
    "fell in love": "love",
    "fall for": "love",
    # "the main girl's name" folds to "girls name": one girl, her name
    **{f"{noun}s name": f"{noun} name" for noun in "girl guy boy man woman lady dude heroine hero dancer".split()},
    # "what happen in the scene next?": the order of several languages, the noun before "next"
    **{f"the {noun} {side}": f"the {side} {noun}" for noun in _LISTED for side in ("next", "previous")},
    # "give me list of all scene": the plural a list asks for, dropped
    **{
        f"{before} {noun}": f"{before} {noun}s"
        for noun in (*_LISTED, "character")
        for before in ("all", "list of", "all the", "all of the")
    },
    # "who did you say it's credited to?": the question, asked again
    **{f"{wh} did you say": wh for wh in ("who", "what", "which", "where", "when", "how")},
    # "the one after next": two on; "the one two back": two before
    "the one after next": "two after it",
    "one after next": "two after it",
    "the scene after next": "two scenes after it",
    "the one two back": "two before it",
    "one two back": "two before it",
    # "what if they ask about number seven instead?": what about it, asked for a quiz night
    **{
        f"what if {who} {ask} about": "what about"
        for who in ("they", "someone", "somebody", "he", "she")
        for ask in ("ask", "asks", "ask me", "asks me", "ask us", "asks us")
    },
    # "which scene is coming in second?": the second one
    **{
        f"{verb} in {nth}": f"is the {nth} one"
        for verb in ("comes", "coming", "come", "came")
        for nth in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "last")
    },
    # "how is called the song ...?": what it is called, as several languages put it
    "how is called": "what is called",
    # "and how is called the next?": the next one's name
    "how is called the next": "what is the next",
    "how is called the previous": "what is the previous",
    "how is called the one after": "what is the one after",
    "how is called the one before": "what is the one before",
    "how is it called": "what is it called",
    "how is named": "what is the name of",
    "middle of the night": "midnight night",  # not the middle scene
    "dead of night": "midnight night",
    "personages": "characters",  # "personnages", "personajes", "Personen": the characters, in several languages
    "personage": "character",
    "musics": "songs",  # "what are the musics in the film": its songs, in several languages' plural
    "take over": "control",  # "the shoes take over" is what "the shoes take control" says
    "takes over": "control",
    "took over": "control",
    "taking over": "control",
    "taken over": "control",
    "try out": "audition",
    "tries out": "audition",
    "tried out": "audition",
    "trying out": "audition",
    "say no to": "reject",
    "says no to": "reject",
    "said no to": "reject",
    "saying no to": "reject",
    "shouting match": "argument",
    "argument of it": "plot of it",  # "argumento", "argument": a plot, in several languages
    "argument of the film": "plot of the film",
    "argument of the movie": "plot of the movie",
    "go at it": "argue",
    "goes at it": "argue",
    "went at it": "argue",
    "going at it": "argue",
    "screaming match": "argument",
    # "yelling at each other", "screaming at each other": an argument between them
    **{
        f"{verb} at each other": "argue"
        for verb in """yell yells yelled yelling shout shouts shouted shouting scream screams screamed screaming
        snap snaps snapped snapping""".split()
    },
    "falls for": "love",
    # "since that's really what I'm after": what the asker wants, no order ("after" it)
    "what im after": "what i want",
    "what im really after": "what i want",
    "what im actually after": "what i want",
    "what i was after": "what i wanted",
    "what i was actually after": "what i wanted",
    "i was actually after": "i wanted",
    # "the one she's drawn to" (the apostrophe folded away), not "why she is drawn to dancing"
    "one shes drawn to": "one she love",
    "one hes drawn to": "one he love",
    "one she is drawn to": "one she love",
    "one he is drawn to": "one he love",
    "who shes drawn to": "who she love",
    "who is she drawn to": "who does she love",
    "fell for": "love",
    "falling for": "love",
    "fallen for": "love",
    "in love with": "love",
    "shes into": "she loves",
    "hes into": "he loves",
    "is into": "loves",
    "was into": "loved",
    "love interest": "love sweetheart",
    "i love this movie": "lol",
    "i love this film": "lol",
    "love this movie": "lol",
    "love this film": "lol",
    "loved this movie": "lol",
    "loved this film": "lol",
    "loved it": "lol",
    "love it": "lol",
    "into him": "loves him",
    "into her": "loves her",
    "turn down": "reject",
    "turns down": "reject",
    "turned down": "reject",
    "give up": "abandon",
    "gives up": "abandon",
    "gave up": "abandon",
    "giving up": "abandon",
    "pass out": "faint",
    "passes out": "faint",
    "passed out": "faint",
    "break down": "collapse",
    "breaks down": "collapse",
    "broke down": "collapse",
    # ... but "how the story breaks down": how it is divided, its scenes
    "story breaks down": "story divides",
    "story break down": "story divide",
    "film breaks down": "film divides",
    "film break down": "film divide",
    "movie breaks down": "movie divides",
}

# Short words a question is built on; a typo with two of their letters swapped is read as the word.
QUESTION_WORDS = ("who", "what", "when", "where", "which", "why", "how", "does", "did", "the", "scene")

# Words that only say what kind of thing is asked about; they pick a kind, never an entry.
FRAME_WORDS = frozenset(
    """film films movie movies flick scene scenes moment moments part parts bit bits character characters
    sequence""".split()
)

# "at the end there's silence", "in the end she refuses", "how does she feel at the end of it": the end of the
# moment told or of the scene talked about, not the film's ending (read apart from PHRASES: one short pattern)
AT_THE_END = (
    (r"\b(?:at|in|by) the end of (?=(?:it|that|this)\b(?! (?:film|movie|story|picture)\b))", "finally in "),
    (r"\b(?:at|in) the end (?=(?:there|theres|he|she|they|it|everyone|everybody|we|you)\b)", "finally "),
    # "what goes on in the confrontation, from beginning to end?": all of it, not the ending
    (
        r"\b(?:from )?(?:the )?(?:very )?(?:beginning|start) (?:to|till|until|through) (?:the )?(?:very )?"
        r"(?:end|finish)\b",
        "all",
    ),
)

# "what's the deal with boris", "whats vickys deal": what someone is about, not a deal in the story (read when
# "deal" is said)
THEIR_DEAL = (
    (r"\bwhat is the deal (?:with|w) ", "tell me about "),
    (r"\bwhat is his deal\b(?! with)", "tell me about him"),
    (r"\bwhat is her deal\b(?! with)", "tell me about her"),
    (r"\bwhat is their deal\b(?! with)", "tell me about them"),
    (r"\bwhat is (?!(?:the|a|an|this|that|your|my|our|one|his|her|their)\b)(\w+) deal\b(?! with)", r"tell me about \1"),
)

# "how is he described in your summary?": where the bot's own words are, not a word about the film
IN_YOUR_WORDS = (
    r"\b(?:in|from) your (?:summary|description) (?:of|on) (?=\w)"  # "what's in your summary of julian": him
    r"|\b(?:in|from|by|according to|going by) your (?:own )?(?:film )?(?:summary|summaries|notes|description"
    r"|descriptions|data|text|page|pages|info|information)(?: (?:of|for|on) (?:the|this) (?:film|movie|story))?\b"
    r"|\b(?:in|from) that (?:plot )?(?:summary|synopsis|description)\b"  # "the instructor in that plot summary"
    # "does your page say who composed it?": what the bot's page says, not a name (Vicky Page)
    r"|\b(?:does|do|did|would|will|can|could) your (?:own )?(?:film )?(?:page|pages|notes|info|information|data|text"
    r"|summary)(?= (?:say|says|mention|mentions|list|lists|have|has|show|shows|tell|tells|cover|covers|include)\b)"
)

# Chat spellings folded to the word they stand for before anything else looks at them.
SLANG = {
    "u": "you",
    "ur": "your",
    "r": "are",
    "wat": "what",
    "wut": "what",
    "rite": "right",  # "what happens rite after the audition"
    "wht": "what",
    "nite": "night",
    "tonite": "tonight",
    "abt": "about",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "w": "with",
    "pic": "picture",
    "pics": "pictures",
    "vid": "video",
    "ppl": "people",
    "thru": "through",
    "tho": "though",
    "luv": "love",
    "gf": "girlfriend",
    "bf": "boyfriend",
    "tl": "",
    "dr": "",
    "tldr": "summary",
    "synopsys": "synopsis",
    "charachter": "character",
    "caracter": "character",
    "whos": "who is",
    "whats": "what is",
    "wats": "what is",
    "wuts": "what is",
    "wheres": "where is",
    "hows": "how is",
    "thats": "that is",
    "prev": "previous",
    "nxt": "next",
    "b4": "before",
    "n": "and",
    "em": "them",
    "kinda": "kind of",
    "sorta": "sort of",
    "ost": "soundtrack",
    "flick": "film",
    "flicks": "films",
    "bgm": "soundtrack",
    # Question words from other languages that members mix into English: "quién es Vicky?", "qual is the name?"
    "quien": "who",
    "qui": "who",
    "wer": "who",
    "es": "is",
    "est": "is",
    "ist": "is",
    "qual": "what",
    "cual": "which",
    "quel": "which",
    "quelle": "which",
    "donde": "where",
    "cuando": "when",
}

# Words that say which kind of answer is wanted; each kind's entries are indexed with them too.
KIND_CUES = {
    "scene": (
        "scene scenes moment moments sequence part bit happen happens happened when symbolize symbolism "
        "symbolise mean meaning represent foreshadow"
    ).split(),
    "track": "track song piece tune credited credit performed performs theme".split(),
    "soundtrack": "soundtrack soundtracks score music songs tracks pieces tunes composer composed album list".split(),
    "film": (
        "film movie plot story storyline premise synopsis summary overview about genre drama gist characters"
    ).split(),
    "character": "who character characters person role".split(),
}

# Each group is one idea; questions and the pack are both read through it.
SYNONYM_GROUPS = [
    "argument argue argued fight fought quarrel row confrontation confront clash dispute",
    "photo photos photograph photographs picture pictures snapshot",
    "end ending ends final finale conclusion last",
    "start starts started begin beginning",
    "song songs track tracks tune tunes piece pieces number",
    "composer musician songwriter",
    "teacher instructor mentor coach master professor tutor",
    "film movie flick",
    "story plot storyline synopsis premise summary overview gist",
    "meaning mean means symbolism symbolize symbolise symbolic represent represents significance signify",
    "fear fears afraid scared dread frightened terrified",
    "nervous nerves anxious anxiety jittery",
    "joy happy elation elated thrilled exhilarated",
    "applause applaud applauds applauded clap clapping claps clapped ovation cheer cheers cheering cheered",
    "audition auditions auditioning auditioned tryout tryouts",
    "rehearsal rehearsals rehearse rehearses rehearsing rehearsed practice practices practise practising practicing",
    "article articles clipping clippings cutting cuttings newspaper newspapers",
    "alone lonely loneliness lonesome isolated isolation solitude solitary",
    "premiere premieres premiered debut debuts debuted",
    "despair hopeless sorrow grief sad sadness unhappy miserable",
    "disheveled dishevelled messy mess unkempt scruffy",
    "dancer dancers ballerina ballerinas",
    "spot place position",
    "run runs running ran sprint sprints sprinting race races rush rushes rushed rushing dash dashes dashed",
    "stop stops halt",
    "reject rejects rejected refuse refuses refused renounce renounces",
    "choose chooses chose choice choices pick picks picked decide decides decision",
    "love romance romantic affection feelings crush fancy fancies adore adores",
    "imperious bossy domineering overbearing authoritarian tyrannical tyrant",
    "harsh strict demanding exacting stern tough",
    "wake wakes woke awaken awakens awakes",
    "audience crowd spectators viewers",
    "rival rivals competitor competition",
    "main principal central primary chief",
    "protagonist heroine hero",
    "freedom free liberation liberty",
    "director directors boss",
    "world realm",
    "magical magic enchanted otherworldly ethereal floaty hallucinatory",
    "weird strange surreal bizarre",
    "foreshadow foreshadows foreshadowing hint hints",
    "talent gifted skill",
    "memory memories past",
    "mental psychological",
    "glory success fame",
    "silence silent quiet",
    "father dad daddy papa",
    "mother mom mum mommy mummy",
    "grandmother grandma granny gran nana",
    "grandfather grandpa granddad grandad",
    "angry heated furious enraged",
    "vanish vanished vanishes vanishing disappear disappeared disappears disappearing",
    "interlude intermission interval",
    "choir choirs choral chorus",
    "bargain bargains pact pacts deal deals",
    # Clipped words (general English): "the sub", "the doc", "a chopper"
    "submarine submarines sub subs",
    "doctor doctors doc",
    "helicopter helicopters chopper choppers",
    "laboratory laboratories lab labs",
    "microphone microphones mic mics",
    "professor professors prof",
    "sergeant sarge",
    "limousine limo",
    # General narrative verbs and nouns (any film's page): how people retell a plot in other words.
    "repair repairs repaired repairing fix fixes fixed fixing mend mends mended restore restores restored restoring",
    "steal steals stole stolen stealing rob robs robbed robbing theft heist",
    "escape escapes escaped escaping flee flees fled fleeing getaway",
    "betray betrays betrayed betraying betrayal backstab double-cross",
    "kill kills killed killing murder murders murdered murdering",
    "die dies died dying death dead",
    "hide hides hid hidden hiding conceal conceals concealed",
    "discover discovers discovered discovering find finds found finding uncover uncovers uncovered",
    "reveal reveals revealed revealing confess confesses confessed confession admit admits admitted",
    "secret secrets secretly",
    "lie lies lied lying deceive deceives deceived deception",
    "rescue rescues rescued rescuing save saves saved saving",
    "attack attacks attacked attacking ambush ambushes ambushed",
    "capture captures captured capturing arrest arrests arrested",
    "threaten threatens threatened threat threats ultimatum",
    "apologise apologises apologised apologize apologizes apologized apology",
    "forgive forgives forgave forgiven forgiveness",
    "kiss kisses kissed kissing",
    "wedding weddings marry marries married marriage",
    "funeral funerals burial",
    "injury injuries injured hurt wound wounded",
    "boat boats ship ships vessel",
    "capsize capsizes capsized overturn overturns overturned",
    "storm storms tempest tempests gale gales squall squalls",
    "chase chases chased chasing pursue pursues pursued pursuit",
    "succeed succeeds succeeded succeeding nail nails nailed nailing ace aces aced acing",
    "dream dreams dreaming dreamy",  # ("dreamlike": stem() reads "-like" as what it is like)
    "sinister ominous menacing creepy eerie spooky haunting haunted",
]


# Everyday words for one deed or person and irregular past tenses, grouped like the above for matching; not part of
# the words every pack knows as typed ("my friend bet me" names nothing of the pack's: "bet" stays unknown to it)
RETELLING_GROUPS = [
    # Everyday words for the same deed or person, as a retelling may put them ("leaps the gap": "who jumps")
    "jump jumps jumped jumping leap leaps leapt leaped leaping",
    "shoot shoots shot shooting gunshot gunfire",
    "sing sings sang sung singing",
    "catch catches caught catching",
    "slap slaps slapped slapping smack smacks smacked punch punches punched",
    "bet bets betting wager wagers wagered gamble gambles gambled",
    "rain raining rained downpour",
    "cry cries cried crying weep weeps wept weeping sob sobs sobbing",
    "hug hugs hugged hugging embrace embraces embraced embracing",
    "arrive arrives arrived arriving arrival",
    "drown drowns drowned drowning",
    "detective detectives cop cops policeman policemen policewoman constable constables",
    "bodyguard bodyguards enforcer enforcers henchman henchmen thug thugs",
    "singer singers vocalist crooner",
    "lawyer lawyers attorney solicitor",
    "priest priests vicar reverend pastor padre",
    "gun guns pistol pistols revolver rifle",
    "win wins won winning victory",
    "sell sells sold selling",
    "buy buys bought buying",
    "drink drinks drank drinking drunk drunken",
    "snitch snitches snitched snitching informant informer",
    # Plurals in -ves: the stemmer leaves "knives" apart from "knife"
    "knife knives cleaver cleavers",
    "wife wives",
    "wolf wolves",
    "thief thieves",
    "shelf shelves",
    "loaf loaves",
    "hoof hooves",
    "scarf scarves",
    "drum drums drumming drummer drummers percussion percussive",
    # Irregular verbs: the stemmer leaves "sang" apart from "sing"
    "blow blows blew blown",
    "build builds built",
    "dig digs dug digging",
    "drive drives drove driven driving",
    "eat eats ate eaten eating",
    "feed feeds fed feeding",
    "fly flies flew flown flying",
    "forget forgets forgot forgotten",
    "hang hangs hung hanging",
    "pay pays paid paying",
    "ride rides rode ridden riding",
    "ring rings rang rung ringing",
    "seek seeks sought seeking",
    "shake shakes shook shaken shaking",
    "sink sinks sank sunk sinking",
    "strike strikes struck striking",
    "swear swears swore sworn",
    "swim swims swam swum swimming",
    "throw throws threw thrown throwing",
    "wear wears wore worn wearing",
    "draw draws drew drawn",
    "grow grows grew grown growing",
    "meet meets met",
    "sit sits sat sitting",
    "sleep sleeps slept sleeping",
    "speak speaks spoke spoken speaking",
    "stand stands stood standing",
    "bring brings brought bringing",
    "hold holds held holding",
    "send sends sent sending",
    "spend spends spent spending",
]
