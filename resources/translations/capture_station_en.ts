<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>BatchSession</name>
    <message>
        <source>Cannot open the batch in %1: %2</source>
        <translation>Cannot open the batch in %1: %2</translation>
    </message>
    <message>
        <source>Cannot create a batch in %1: %2</source>
        <translation>Cannot create a batch in %1: %2</translation>
    </message>
    <message>
        <source>Open or create a batch first (File menu).</source>
        <translation>Open or create a batch first (File menu).</translation>
    </message>
    <message>
        <source>There is no photo to keep: retake it.</source>
        <translation>There is no photo to keep: retake it.</translation>
    </message>
    <message>
        <source>%1 · ID %2 · ticket %3</source>
        <translation>%1 · ID %2 · ticket %3</translation>
    </message>
</context>
<context>
    <name>CheckLabels</name>
    <message>
        <source>Size 480×640</source>
        <translation>Size 480×640</translation>
    </message>
    <message>
        <source>Resolution 300 dpi</source>
        <translation>Resolution 300 dpi</translation>
    </message>
    <message>
        <source>24-bit colour</source>
        <translation>24-bit colour</translation>
    </message>
    <message>
        <source>JPEG format</source>
        <translation>JPEG format</translation>
    </message>
    <message>
        <source>Quality ≥ 60</source>
        <translation>Quality ≥ 60</translation>
    </message>
    <message>
        <source>File size 20–40 KB</source>
        <translation>File size 20–40 KB</translation>
    </message>
    <message>
        <source>Extension JPG</source>
        <translation>Extension JPG</translation>
    </message>
    <message>
        <source>Centred horizontally</source>
        <translation>Centred horizontally</translation>
    </message>
    <message>
        <source>Head top 50–110 px</source>
        <translation>Head top 50–110 px</translation>
    </message>
    <message>
        <source>Eye position 200–300 px</source>
        <translation>Eye position 200–300 px</translation>
    </message>
    <message>
        <source>Face width 180–300 px</source>
        <translation>Face width 180–300 px</translation>
    </message>
    <message>
        <source>Even backdrop, no gradient</source>
        <translation>Even backdrop, no gradient</translation>
    </message>
    <message>
        <source>No shadow or other people</source>
        <translation>No shadow or other people</translation>
    </message>
    <message>
        <source>Backdrop colour (light blue/white/light grey)</source>
        <translation>Backdrop colour (light blue/white/light grey)</translation>
    </message>
    <message>
        <source>Colour, frontal, bare-headed, recent</source>
        <translation>Colour, frontal, bare-headed, recent</translation>
    </message>
    <message>
        <source>No mirroring or rotation</source>
        <translation>No mirroring or rotation</translation>
    </message>
    <message>
        <source>Sharp focus, true colour</source>
        <translation>Sharp focus, true colour</translation>
    </message>
    <message>
        <source>No border, text or pattern</source>
        <translation>No border, text or pattern</translation>
    </message>
    <message>
        <source>Sitting upright / head tilt</source>
        <translation>Sitting upright / head tilt</translation>
    </message>
    <message>
        <source>Both eyes open, looking ahead</source>
        <translation>Both eyes open, looking ahead</translation>
    </message>
    <message>
        <source>Head frontal (ears symmetric)</source>
        <translation>Head frontal (ears symmetric)</translation>
    </message>
    <message>
        <source>Shoulders level</source>
        <translation>Shoulders level</translation>
    </message>
    <message>
        <source>Lips closed</source>
        <translation>Lips closed</translation>
    </message>
    <message>
        <source>Glasses (no tint, no glare)</source>
        <translation>Glasses (no tint, no glare)</translation>
    </message>
    <message>
        <source>No hat or headwear</source>
        <translation>No hat or headwear</translation>
    </message>
    <message>
        <source>No earrings or necklace</source>
        <translation>No earrings or necklace</translation>
    </message>
    <message>
        <source>Hair clear of brows, eyes and ears</source>
        <translation>Hair clear of brows, eyes and ears</translation>
    </message>
    <message>
        <source>No heavy make-up</source>
        <translation>No heavy make-up</translation>
    </message>
    <message>
        <source>Clothing distinct from backdrop</source>
        <translation>Clothing distinct from backdrop</translation>
    </message>
    <message>
        <source>No busy patterns or stripes</source>
        <translation>No busy patterns or stripes</translation>
    </message>
    <message>
        <source>Even light, no hot spots</source>
        <translation>Even light, no hot spots</translation>
    </message>
    <message>
        <source>No red-eye</source>
        <translation>No red-eye</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>gradient</translation>
    </message>
    <message>
        <source>darker below</source>
        <translation>darker below</translation>
    </message>
    <message>
        <source>tinted lenses</source>
        <translation>tinted lenses</translation>
    </message>
    <message>
        <source>glare</source>
        <translation>glare</translation>
    </message>
    <message>
        <source>evenness</source>
        <translation>evenness</translation>
    </message>
    <message>
        <source>other people</source>
        <translation>other people</translation>
    </message>
    <message>
        <source>shadow</source>
        <translation>shadow</translation>
    </message>
    <message>
        <source>lightness</source>
        <translation>lightness</translation>
    </message>
    <message>
        <source>exposure</source>
        <translation>exposure</translation>
    </message>
    <message>
        <source>hot spots</source>
        <translation>hot spots</translation>
    </message>
    <message>
        <source>border</source>
        <translation>border</translation>
    </message>
    <message>
        <source>text on backdrop</source>
        <translation>text on backdrop</translation>
    </message>
    <message>
        <source>coloured text</source>
        <translation>coloured text</translation>
    </message>
    <message>
        <source>left/right</source>
        <translation>left/right</translation>
    </message>
    <message>
        <source>chin up/down</source>
        <translation>chin up/down</translation>
    </message>
    <message>
        <source>tilt</source>
        <translation>tilt</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>The ID number must have 18 characters; this one has %1. Check it against the ID card.</source>
        <translation>The ID number must have 18 characters; this one has %1. Check it against the ID card.</translation>
    </message>
    <message>
        <source>The first 17 characters of an ID number are digits. Check it against the ID card.</source>
        <translation>The first 17 characters of an ID number are digits. Check it against the ID card.</translation>
    </message>
    <message>
        <source>Wrong check digit: with these first 17 digits the last character must be %1. One digit is probably mistyped: check it against the ID card.</source>
        <translation>Wrong check digit: with these first 17 digits the last character must be %1. One digit is probably mistyped: check it against the ID card.</translation>
    </message>
    <message>
        <source>The birth date in this ID number (digits 7-14) is not a real date. Check it against the ID card.</source>
        <translation>The birth date in this ID number (digits 7-14) is not a real date. Check it against the ID card.</translation>
    </message>
</context>
<context>
    <name>Instruction</name>
    <message>
        <source>Not enough room above the head: raise the camera or move back</source>
        <translation>Not enough room above the head: raise the camera or move back</translation>
    </message>
    <message>
        <source>Lower the camera</source>
        <translation>Lower the camera</translation>
    </message>
    <message>
        <source>Move a little right</source>
        <translation>Move a little right</translation>
    </message>
    <message>
        <source>Move a little left</source>
        <translation>Move a little left</translation>
    </message>
    <message>
        <source>Move closer (or zoom in)</source>
        <translation>Move closer (or zoom in)</translation>
    </message>
    <message>
        <source>The top of the head cannot be seen: check the backdrop behind the hair</source>
        <translation>The top of the head cannot be seen: check the backdrop behind the hair</translation>
    </message>
    <message>
        <source>Loading the face model…</source>
        <translation>Loading the face model…</translation>
    </message>
    <message>
        <source>Waiting for the picture…</source>
        <translation>Waiting for the picture…</translation>
    </message>
    <message>
        <source>No face found: have the candidate face the camera</source>
        <translation>No face found: have the candidate face the camera</translation>
    </message>
    <message>
        <source>More than one person in view: only the candidate may be in the picture</source>
        <translation>More than one person in view: only the candidate may be in the picture</translation>
    </message>
    <message>
        <source>All checks pass: press Space to take the photo</source>
        <translation>All checks pass: press Space to take the photo</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>checked after the shutter</source>
        <translation>checked after the shutter</translation>
    </message>
</context>
<context>
    <name>cs::ui::BackdropSwatch</name>
    <message>
        <source>measured</source>
        <translation>measured</translation>
    </message>
    <message>
        <source>no reading</source>
        <translation>no reading</translation>
    </message>
</context>
<context>
    <name>cs::ui::CameraSource</name>
    <message>
        <source>Camera: %1 %2x%3</source>
        <translation>Camera: %1 %2x%3</translation>
    </message>
    <message>
        <source>Camera problem: %1. Check the cable, or pick another camera in the Camera menu.</source>
        <translation>Camera problem: %1. Check the cable, or pick another camera in the Camera menu.</translation>
    </message>
    <message>
        <source>The camera %1 was unplugged. Plug it back in: the preview resumes by itself.</source>
        <translation>The camera %1 was unplugged. Plug it back in: the preview resumes by itself.</translation>
    </message>
</context>
<context>
    <name>cs::ui::CandidatePanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Type name, ID or ticket number, or scan the ticket</source>
        <translation>Type name, ID or ticket number, or scan the ticket</translation>
    </message>
    <message>
        <source>Not on the roster? Type the candidate in</source>
        <translation>Not on the roster? Type the candidate in</translation>
    </message>
    <message>
        <source>Add to the batch and select</source>
        <translation>Add to the batch and select</translation>
    </message>
    <message numerus="yes">
        <source>Already photographed %n time(s): a new photo is kept as a retake.</source>
        <translation>
            <numerusform>Already photographed %n time: a new photo is kept as a retake.</numerusform>
            <numerusform>Already photographed %n times: a new photo is kept as a retake.</numerusform>
        </translation>
    </message>
    <message>
        <source>No candidate selected</source>
        <translation>No candidate selected</translation>
    </message>
    <message>
        <source>No batch open (File menu)</source>
        <translation>No batch open (File menu)</translation>
    </message>
    <message>
        <source>No candidate matches "%1".</source>
        <translation>No candidate matches "%1".</translation>
    </message>
</context>
<context>
    <name>cs::ui::CaptureWindow</name>
    <message>
        <source>Open or create a batch first (File menu).</source>
        <translation>Open or create a batch first (File menu).</translation>
    </message>
    <message>
        <source>Select the candidate first: type the name, ID or ticket number, or scan the ticket.</source>
        <translation>Select the candidate first: type the name, ID or ticket number, or scan the ticket.</translation>
    </message>
    <message>
        <source>Processing the photo…</source>
        <translation>Processing the photo…</translation>
    </message>
    <message>
        <source>Check the photo: Enter keeps it, Esc retakes</source>
        <translation>Check the photo: Enter keeps it, Esc retakes</translation>
    </message>
    <message>
        <source>This picture cannot become a photo: press Esc to retake</source>
        <translation>This picture cannot become a photo: press Esc to retake</translation>
    </message>
    <message>
        <source>The photo was not saved</source>
        <translation>The photo was not saved</translation>
    </message>
    <message>
        <source>%1
The photo is still on screen: press Enter to save it again, or Esc to retake.</source>
        <translation>%1
The photo is still on screen: press Enter to save it again, or Esc to retake.</translation>
    </message>
    <message>
        <source>Saved photo %1 of %2 (%3).</source>
        <translation>Saved photo %1 of %2 (%3).</translation>
    </message>
    <message>
        <source>About Capture Station</source>
        <translation>About Capture Station</translation>
    </message>
    <message>
        <source>Capture Station %1
Certificate photos to the 480x640 standard.</source>
        <translation>Capture Station %1
Certificate photos to the 480x640 standard.</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>No camera found</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Demo video (no camera)</source>
        <translation>Demo video (no camera)</translation>
    </message>
    <message>
        <source>Capture Station</source>
        <translation>Capture Station</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Lighting (L1)</source>
        <translation>Lighting (L1)</translation>
    </message>
    <message>
        <source>Backdrop colour (B3)</source>
        <translation>Backdrop colour (B3)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open or create a batch…</source>
        <translation>Open or create a batch…</translation>
    </message>
    <message>
        <source>Import the roster (CSV/XLSX)…</source>
        <translation>Import the roster (CSV/XLSX)…</translation>
    </message>
    <message>
        <source>Operator…</source>
        <translation>Operator…</translation>
    </message>
    <message>
        <source>Review this batch…</source>
        <translation>Review this batch…</translation>
    </message>
    <message>
        <source>Station settings…</source>
        <translation>Station settings…</translation>
    </message>
    <message>
        <source>Open a batch first (File → Open or create a batch).</source>
        <translation>Open a batch first (File → Open or create a batch).</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>&amp;Camera</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Folder of the batch (an empty folder creates a new batch)</source>
        <translation>Folder of the batch (an empty folder creates a new batch)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Roster from the exam office</source>
        <translation>Roster from the exam office</translation>
    </message>
    <message>
        <source>Roster (*.csv *.xlsx)</source>
        <translation>Roster (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these rows and import again:
%1</source>
        <translation>Nothing was imported. Fix these rows and import again:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) imported.</source>
        <translation>
            <numerusform>%n candidate imported.</numerusform>
            <numerusform>%n candidates imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Photographer's name (recorded with each photo):</source>
        <translation>Photographer's name (recorded with each photo):</translation>
    </message>
    <message>
        <source>The face model could not be loaded: %1</source>
        <translation>The face model could not be loaded: %1</translation>
    </message>
    <message>
        <source>Checks are off: install the package libdlib-data, then restart</source>
        <translation>Checks are off: install the package libdlib-data, then restart</translation>
    </message>
    <message>
        <source>Waiting for the first analysed picture</source>
        <translation>Waiting for the first analysed picture</translation>
    </message>
    <message>
        <source>pictures from a file, not a camera</source>
        <translation>pictures from a file, not a camera</translation>
    </message>
    <message>
        <source>Auto-capture: every check was green for one second</source>
        <translation>Auto-capture: every check was green for one second</translation>
    </message>
    <message>
        <source>Preview %1 fps · analysis %2 fps</source>
        <translation>Preview %1 fps · analysis %2 fps</translation>
    </message>
    <message>
        <source>No picture source</source>
        <translation>No picture source</translation>
    </message>
    <message>
        <source>No batch open · operator %1</source>
        <translation>No batch open · operator %1</translation>
    </message>
    <message>
        <source>Batch %1: %2/%3 photographed · operator %4</source>
        <translation>Batch %1: %2/%3 photographed · operator %4</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
</context>
<context>
    <name>cs::ui::ChecksPanel</name>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>%1 measured %2 %3, allowed %4</source>
        <translation>%1 measured %2 %3, allowed %4</translation>
    </message>
</context>
<context>
    <name>cs::ui::DemoFolderSource</name>
    <message>
        <source>Demo: %1 photos in %2</source>
        <translation>Demo: %1 photos in %2</translation>
    </message>
    <message>
        <source>The folder %1 holds no JPEG or PNG photos. Start with --source FILE or FOLDER.</source>
        <translation>The folder %1 holds no JPEG or PNG photos. Start with --source FILE or FOLDER.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>cs::ui::DemoVideoSource</name>
    <message>
        <source>The demo video cannot be played (%1): %2. Choose another file with --source.</source>
        <translation>The demo video cannot be played (%1): %2. Choose another file with --source.</translation>
    </message>
    <message>
        <source>Demo: %1</source>
        <translation>Demo: %1</translation>
    </message>
    <message>
        <source>The demo video %1 is missing. Start with --source FILE or FOLDER.</source>
        <translation>The demo video %1 is missing. Start with --source FILE or FOLDER.</translation>
    </message>
</context>
<context>
    <name>cs::ui::FrameSource</name>
    <message>
        <source>No picture yet: wait for the preview to appear, then try again.</source>
        <translation>No picture yet: wait for the preview to appear, then try again.</translation>
    </message>
</context>
<context>
    <name>cs::ui::InstructionBar</name>
    <message>
        <source>Capture (Space)</source>
        <translation>Capture (Space)</translation>
    </message>
    <message>
        <source>Auto-capture</source>
        <translation>Auto-capture</translation>
    </message>
    <message>
        <source>Takes the photo by itself when every check has been green for one second</source>
        <translation>Takes the photo by itself when every check has been green for one second</translation>
    </message>
    <message>
        <source>Mirror preview</source>
        <translation>Mirror preview</translation>
    </message>
    <message>
        <source>Mirrors only this preview for the candidate's comfort; the saved photo is never mirrored (I2)</source>
        <translation>Mirrors only this preview for the candidate's comfort; the saved photo is never mirrored (I2)</translation>
    </message>
</context>
<context>
    <name>cs::ui::LightingGauge</name>
    <message>
        <source>Light L/R</source>
        <translation>Light L/R</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposure</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>dark</translation>
    </message>
    <message>
        <source>bright</source>
        <translation>bright</translation>
    </message>
</context>
<context>
    <name>cs::ui::ReviewPanel</name>
    <message>
        <source>Keep anyway although a check failed (override)</source>
        <translation>Keep anyway although a check failed (override)</translation>
    </message>
    <message>
        <source>Reason for keeping it (required, recorded), e.g. candidate wears a medical eye patch</source>
        <translation>Reason for keeping it (required, recorded), e.g. candidate wears a medical eye patch</translation>
    </message>
    <message>
        <source>Keep (Enter)</source>
        <translation>Keep (Enter)</translation>
    </message>
    <message>
        <source>Retake (Esc)</source>
        <translation>Retake (Esc)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>No photo could be made
from this picture</source>
        <translation>No photo could be made
from this picture</translation>
    </message>
    <message>
        <source>Cannot be kept: %1 Press Esc and take it again.</source>
        <translation>Cannot be kept: %1 Press Esc and take it again.</translation>
    </message>
    <message>
        <source>Meets the standard. Enter keeps it, Esc retakes.</source>
        <translation>Meets the standard. Enter keeps it, Esc retakes.</translation>
    </message>
    <message>
        <source>Does not meet the standard: %1 Retake (Esc), or keep it with a reason.</source>
        <translation>Does not meet the standard: %1 Retake (Esc), or keep it with a reason.</translation>
    </message>
</context>
</TS>